package io.srebench.sandbox;

/**
 * Resource limits of a sandbox. All limits apply per command ({@link Sandbox#exec}); the quota of the
 * scratch directory applies to the whole session.
 *
 * @param maxProcesses processes and threads the command may have at once ({@code ulimit -u}); under
 *     bwrap counted in the command's own user namespace, so a fork bomb hits it and the host does not
 * @param maxMemoryBytes address space per process ({@code ulimit -v}); a process asking for more gets an
 *     allocation failure. Not a cgroup limit: {@code maxProcesses} processes may each use this much.
 * @param maxFileBytes largest file a command may write ({@code ulimit -f}); writing past it fails with EFBIG
 * @param scratchQuotaBytes total size of the scratch directory; a command that grows it past this is
 *     killed (checked a few times a second, so it may overshoot by what it writes in that interval)
 * @param tmpBytes size of the {@code /tmp} tmpfs (bwrap only); every command starts with it empty
 */
public record SandboxOptions(int maxProcesses, long maxMemoryBytes, long maxFileBytes, long scratchQuotaBytes,
                             long tmpBytes) {
    private static final long MIB = 1024L * 1024;

    public SandboxOptions {
        if (maxProcesses < 8) {
            throw new IllegalArgumentException("maxProcesses must be at least 8: " + maxProcesses);
        }
        if (maxMemoryBytes < 64 * MIB || maxFileBytes < MIB || scratchQuotaBytes < MIB || tmpBytes < MIB) {
            throw new IllegalArgumentException("sandbox limits too small to run a shell: " + this);
        }
    }

    /** 256 processes, 2 GiB address space per process, 512 MiB per file, 1 GiB scratch, 256 MiB /tmp. */
    public static SandboxOptions defaults() {
        return new SandboxOptions(256, 2048 * MIB, 512 * MIB, 1024 * MIB, 256 * MIB);
    }

    public SandboxOptions withMaxProcesses(int n) {
        return new SandboxOptions(n, maxMemoryBytes, maxFileBytes, scratchQuotaBytes, tmpBytes);
    }

    public SandboxOptions withMaxMemoryBytes(long n) {
        return new SandboxOptions(maxProcesses, n, maxFileBytes, scratchQuotaBytes, tmpBytes);
    }

    public SandboxOptions withMaxFileBytes(long n) {
        return new SandboxOptions(maxProcesses, maxMemoryBytes, n, scratchQuotaBytes, tmpBytes);
    }

    public SandboxOptions withScratchQuotaBytes(long n) {
        return new SandboxOptions(maxProcesses, maxMemoryBytes, maxFileBytes, n, tmpBytes);
    }

    public SandboxOptions withTmpBytes(long n) {
        return new SandboxOptions(maxProcesses, maxMemoryBytes, maxFileBytes, scratchQuotaBytes, n);
    }

    /**
     * The bash prologue that applies the per-process limits and then runs the command ({@code $1}) in a
     * fresh {@code bash -c}. Limits are set hard and soft, so the command cannot raise them again.
     * Stray descriptors 3..9 are closed first: the command sees only stdin, stdout and stderr.
     */
    String limitsPrologue(long cpuSeconds) {
        return limitsPrologue(cpuSeconds, true);
    }

    /**
     * As {@link #limitsPrologue(long)}; without {@code limitProcesses} the process limit is left as it is
     * (for a command outside a user namespace, where the limit would count tasks it cannot see).
     */
    String limitsPrologue(long cpuSeconds, boolean limitProcesses) {
        return "exec 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&-; "
                + "ulimit -c 0" + (limitProcesses ? " -u " + maxProcesses : "")
                + " -v " + maxMemoryBytes / 1024 + " -f " + maxFileBytes / 1024 + " -t " + cpuSeconds
                + " || exit 126; exec /bin/bash -c \"$1\"";
    }
}
