package io.srebench.sandbox.kubernetes;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.ExecWatch;
import io.srebench.sandbox.BoundedOutput;
import io.srebench.sandbox.ExecResult;
import io.srebench.sandbox.Sandbox;
import io.srebench.sandbox.SandboxEnvironment;
import io.srebench.sandbox.SandboxOptions;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A sandbox whose commands run in a Kubernetes pod ({@link PodTemplate}), through the exec API. Same contract as
 * the local sandboxes: {@code bash -c} in {@code /work}, the snapshot read-only at {@code /snapshot}, the fixed
 * environment of {@link SandboxEnvironment}, the per-process limits of {@link SandboxOptions}, each stream capped by
 * {@link BoundedOutput}, exit 124 and {@link ExecResult#timedOut()} on timeout. The timeout is enforced twice: in
 * the pod by {@code timeout} (TERM, KILL a second later) and by the client, which gives up {@link #CLIENT_GRACE}
 * later. After every command everything the command started is killed ({@code kill -KILL -1} as the sandbox user;
 * the container's pid 1 ignores it) and {@code /tmp} is emptied, as in the local session container.
 *
 * <p>A lost exec stream, or a pod that went away, throws {@link SandboxPodException}: the agent loop ends the run
 * errored with that one-line reason. {@link #close()} deletes the pod.
 */
public final class KubernetesSandbox implements Sandbox {
    /** How long after the command's own timeout the client stops waiting for the pod. */
    static final Duration CLIENT_GRACE = Duration.ofSeconds(10);
    private static final int TIMEOUT_EXIT = 124;
    /**
     * Runs in the pod: {@code $1} timeout seconds, {@code $2} the limits prologue, {@code $3} the command. The
     * command's exit status is kept; the cleanup after it must not change it.
     */
    static final String WRAPPER = "timeout -k 1 \"$1\" env -i %s /bin/bash -c \"$2\" srebench-limits \"$3\"; rc=$?; "
            + "kill -KILL -1 2>/dev/null; find /tmp -mindepth 1 -delete 2>/dev/null; exit $rc";
    /** The word after the wrapper script ({@code $0}), which marks an agent command. */
    public static final String EXEC_MARKER = "srebench-exec";

    private final KubernetesClient client;
    private final String namespace;
    private final String pod;
    private final SandboxOptions options;
    private final Runnable onClose;
    private boolean closed;

    KubernetesSandbox(KubernetesClient client, String namespace, String pod, SandboxOptions options, Runnable onClose) {
        this.client = client;
        this.namespace = namespace;
        this.pod = pod;
        this.options = options;
        this.onClose = onClose;
    }

    /** The pod's name. */
    public String podName() {
        return pod;
    }

    /** The argv of one agent command in the pod. */
    List<String> argv(String command, Duration timeout) {
        long seconds = Math.max(1, (timeout.toMillis() + 999) / 1000);
        StringBuilder env = new StringBuilder();
        new TreeMap<>(SandboxEnvironment.of(Sandbox.SCRATCH_DIR)).forEach((k, v) ->
                env.append(env.length() == 0 ? "" : " ").append(quote(k + "=" + v)));
        // no -u: RLIMIT_NPROC counts the uid node-wide, across pods; the pod's pids limit bounds processes instead
        String prologue = options.limitsPrologue(seconds + 1, false);
        return List.of("/bin/bash", "-c", WRAPPER.formatted(env), EXEC_MARKER, Long.toString(seconds), prologue, command);
    }

    @Override
    public ExecResult exec(String command, Duration timeout) {
        if (closed) {
            throw new IllegalStateException("sandbox is closed");
        }
        long start = System.nanoTime();
        ExecWatch w;
        try {
            w = client.pods().inNamespace(namespace).withName(pod).inContainer(PodTemplate.CONTAINER)
                    .redirectingOutput().redirectingError().exec(argv(command, timeout).toArray(String[]::new));
        } catch (KubernetesClientException e) {
            throw lost("exec failed: " + e.getMessage(), e);
        }
        BoundedOutput out = new BoundedOutput(w.getOutput(), ExecResult.MAX_OUTPUT_CHARS);
        BoundedOutput err = new BoundedOutput(w.getError(), ExecResult.MAX_OUTPUT_CHARS);
        Thread tOut = drain(out, "k8s-stdout");
        Thread tErr = drain(err, "k8s-stderr");
        Integer code = null;
        boolean clientTimeout = false;
        Throwable failure = null;
        try {
            code = w.exitCode().get(timeout.plus(CLIENT_GRACE).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            clientTimeout = true;
        } catch (ExecutionException e) {
            failure = e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            clientTimeout = true;
        } finally {
            if (code == null) {
                w.close();
            }
        }
        join(tOut, w.getOutput());
        join(tErr, w.getError());
        w.close();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (!clientTimeout && (code == null || code < 0)) {
            throw lost("exec stream lost" + (failure == null ? "" : " (" + failure.getMessage() + ")"), failure);
        }
        boolean timedOut = clientTimeout || (code == TIMEOUT_EXIT && took.compareTo(timeout) >= 0);
        int exit = timedOut ? TIMEOUT_EXIT : code;
        return new ExecResult(exit, out.result(), err.result(), out.total(), err.total(), took, timedOut);
    }

    /** The failure to report: the pod's own state when it explains the loss, else {@code what}. */
    private SandboxPodException lost(String what, Throwable cause) {
        Pod p;
        try {
            p = client.pods().inNamespace(namespace).withName(pod).get();
        } catch (KubernetesClientException e) {
            p = null;
        }
        String why = PodState.failure(pod, p, true).orElse("kubernetes: pod " + pod + ": " + what);
        return new SandboxPodException(why, cause);
    }

    @Override
    public String backend() {
        return "kubernetes";
    }

    /** Deletes the pod (never throws: a failed delete is left to the next resume's garbage collection). */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            onClose.run();
        }
    }

    private static Thread drain(BoundedOutput o, String name) {
        Thread t = new Thread(o, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Waits for a reader; a stream that never ends (the watch died) is closed so the reader returns. */
    private static void join(Thread t, InputStream in) {
        try {
            t.join(5000);
            if (t.isAlive()) {
                in.close();
                t.join(1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.io.IOException ignored) {
            // closing only unblocks the reader
        }
    }

    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
