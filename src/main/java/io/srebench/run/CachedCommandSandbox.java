package io.srebench.run;

import io.srebench.sandbox.ExecResult;
import io.srebench.sandbox.Sandbox;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A sandbox for the task audit that runs each distinct command string once per task. Sound because every command
 * the audited (scripted) agents run is a deterministic read of the read-only snapshot: the same command on the same
 * snapshot prints the same output, so the shortcuts that share a query (the vote runs them all) pay for it once.
 * Misses go to a real sandbox, opened on the first miss; results of commands that timed out are not kept. A command
 * that fails (non-zero exit, time-out, or anything on stderr), cached or not, is reported to {@code onFailure}: a
 * shortcut whose query breaks would submit nothing and flatter the tasks.
 */
final class CachedCommandSandbox implements Sandbox {
    private final Supplier<Sandbox> opener;
    private final String backend;
    private final Map<String, ExecResult> cache;
    private final Consumer<String> onFailure;
    private Sandbox delegate;

    /**
     * @param opener opens the real sandbox on the task's snapshot
     * @param backend the backend the real sandbox uses, recorded with the run
     * @param cache results by command, shared by every session of one task
     * @param onFailure told about each failed command (a one-line description)
     */
    CachedCommandSandbox(Supplier<Sandbox> opener, String backend, Map<String, ExecResult> cache,
                         Consumer<String> onFailure) {
        this.opener = opener;
        this.backend = backend;
        this.cache = cache;
        this.onFailure = onFailure;
    }

    @Override
    public ExecResult exec(String command, Duration timeout) {
        ExecResult r = cache.get(command);
        if (r == null) {
            if (delegate == null) {
                delegate = opener.get();
            }
            r = delegate.exec(command, timeout);
            if (!r.timedOut()) {
                cache.put(command, r);
            }
        }
        if (r.exitCode() != 0 || r.timedOut() || !r.stderr().isBlank()) {
            String why = r.timedOut() ? "timed out" : "exit " + r.exitCode();
            String err = r.stderr().strip().lines().findFirst().orElse("");
            String head = command.lines().findFirst().orElse("");
            onFailure.accept("command failed (" + why + (err.isEmpty() ? "" : ": " + err) + "): "
                    + (head.length() > 60 ? head.substring(0, 60) + "..." : head));
        }
        return r;
    }

    @Override
    public String backend() {
        return backend;
    }

    @Override
    public void close() {
        if (delegate != null) {
            delegate.close();
        }
    }
}
