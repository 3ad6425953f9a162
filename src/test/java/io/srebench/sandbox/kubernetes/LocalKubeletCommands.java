package io.srebench.sandbox.kubernetes;

import io.srebench.sandbox.ExecResult;
import io.srebench.sandbox.Sandbox;
import io.srebench.sandbox.SandboxFactory;
import io.srebench.sandbox.SandboxOptions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The fake kubelet's container runtime: runs each pod's commands in a local sandbox opened on the snapshot the pod
 * received, and replies with the command's complete output (a capped stream is expanded back to its full length, so
 * the client's own cap yields exactly what the local sandbox reports).
 */
public final class LocalKubeletCommands implements Function<FakeKubelet.ExecRequest, FakeKubelet.ExecReply>,
        AutoCloseable {
    private final Map<String, Sandbox> sandboxes = new ConcurrentHashMap<>();

    @Override
    public FakeKubelet.ExecReply apply(FakeKubelet.ExecRequest r) {
        Sandbox s = sandboxes.computeIfAbsent(r.pod(), p -> SandboxFactory.create(r.snapshot(), SandboxOptions.defaults()));
        long seconds = Long.parseLong(r.argv().get(r.argv().indexOf(KubernetesSandbox.EXEC_MARKER) + 1));
        ExecResult e = s.exec(r.command(), Duration.ofSeconds(seconds));
        return new FakeKubelet.ExecReply(expand(e.stdout(), e.stdoutChars()), expand(e.stderr(), e.stderrChars()),
                e.exitCode());
    }

    /** The stream the command wrote, as far as the cap keeps it: its head and tail around filler of the lost length. */
    static byte[] expand(String capped, long total) {
        int max = ExecResult.MAX_OUTPUT_CHARS;
        if (total <= max) {
            return capped.getBytes(StandardCharsets.UTF_8);
        }
        int head = max / 2;
        int tail = max - head;
        String full = capped.substring(0, head) + "x".repeat((int) (total - max)) + capped.substring(capped.length() - tail);
        return full.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        sandboxes.values().forEach(Sandbox::close);
    }
}
