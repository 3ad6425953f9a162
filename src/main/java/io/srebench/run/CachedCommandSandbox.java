package io.srebench.run;

import io.srebench.sandbox.ExecResult;
import io.srebench.sandbox.Sandbox;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A sandbox for the task audit that runs each distinct command string once per task. Sound because every command
 * the audited (scripted) agents run is a deterministic read of the read-only snapshot: the same command on the same
 * snapshot prints the same output, so the shortcuts that share a query (the vote runs them all) pay for it once.
 * Misses go to a real sandbox, opened on the first miss; results of commands that timed out are not kept.
 */
final class CachedCommandSandbox implements Sandbox {
    private final Supplier<Sandbox> opener;
    private final String backend;
    private final Map<String, ExecResult> cache;
    private Sandbox delegate;

    /**
     * @param opener opens the real sandbox on the task's snapshot
     * @param backend the backend the real sandbox uses, recorded with the run
     * @param cache results by command, shared by every session of one task
     */
    CachedCommandSandbox(Supplier<Sandbox> opener, String backend, Map<String, ExecResult> cache) {
        this.opener = opener;
        this.backend = backend;
        this.cache = cache;
    }

    @Override
    public ExecResult exec(String command, Duration timeout) {
        ExecResult hit = cache.get(command);
        if (hit != null) {
            return hit;
        }
        if (delegate == null) {
            delegate = opener.get();
        }
        ExecResult r = delegate.exec(command, timeout);
        if (!r.timedOut()) {
            cache.put(command, r);
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
