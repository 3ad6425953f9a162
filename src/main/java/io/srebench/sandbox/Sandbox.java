package io.srebench.sandbox;

import java.time.Duration;

/**
 * Where an agent's shell commands run. One sandbox serves one agent session on one task.
 *
 * <p>Limits live here, not in callers:
 * <ul>
 *   <li>the task snapshot is visible read-only at {@link #SNAPSHOT_DIR}; a writable scratch
 *       directory is the working directory ({@link #SCRATCH_DIR});</li>
 *   <li>the ground truth is never reachable from inside, by any path;</li>
 *   <li>stdout and stderr are each capped at {@link ExecResult#MAX_OUTPUT_CHARS} characters, with a
 *       visible truncation marker;</li>
 *   <li>on timeout the whole process tree of the command is killed and {@link ExecResult#timedOut()}
 *       is true; no process started by a command outlives it.</li>
 * </ul>
 * Implementations are thread-compatible: one command at a time per sandbox.
 */
public interface Sandbox extends AutoCloseable {
    /** Where the snapshot appears inside the sandbox. */
    String SNAPSHOT_DIR = "/snapshot";
    /** The writable working directory inside the sandbox. */
    String SCRATCH_DIR = "/work";

    /** Runs {@code command} with {@code bash -c} and returns its result; never throws for a failing command. */
    ExecResult exec(String command, Duration timeout);

    /** Which backend runs the commands, recorded with every run: {@code "bwrap"} or {@code "process"}. */
    String backend();

    /** Deletes the scratch directory and kills anything left. */
    @Override
    void close();
}
