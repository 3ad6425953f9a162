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
 * @param scratchQuotaBytes total size of the scratch directory. Root mode: the size of the tmpfs mounted
 *     at {@code /work} inside the session's mount namespace (writes past it fail with ENOSPC). Unprivileged
 *     mode (degraded): a command that grows the host directory past this is killed (checked a few times a
 *     second by walking the tree)
 * @param tmpBytes size of the {@code /tmp} tmpfs (bwrap only); every command starts with it empty
 * @param scratchInodes inodes (files, directories, links) of the {@code /work} tmpfs in root mode; {@code /tmp}
 *     gets a quarter of it
 * @param sessionMemoryBytes memory of the whole session (every process and the tmpfs pages they write),
 *     enforced by a cgroup where one can be made ({@link SessionCgroup}); the pids cgroup gets
 *     {@code maxProcesses} plus a few for the supervisor
 */
public record SandboxOptions(int maxProcesses, long maxMemoryBytes, long maxFileBytes, long scratchQuotaBytes,
                             long tmpBytes, long scratchInodes, long sessionMemoryBytes) {
    private static final long MIB = 1024L * 1024;

    public SandboxOptions {
        if (maxProcesses < 8) {
            throw new IllegalArgumentException("maxProcesses must be at least 8: " + maxProcesses);
        }
        if (maxMemoryBytes < 64 * MIB || maxFileBytes < MIB || scratchQuotaBytes < MIB || tmpBytes < MIB
                || scratchInodes < 256 || sessionMemoryBytes < 64 * MIB) {
            throw new IllegalArgumentException("sandbox limits too small to run a shell: " + this);
        }
    }

    /**
     * 256 processes, 2 GiB address space per process, 512 MiB per file, 1 GiB scratch with 65,536 inodes,
     * 256 MiB /tmp, 4 GiB for the whole session.
     */
    public static SandboxOptions defaults() {
        return new SandboxOptions(256, 2048 * MIB, 512 * MIB, 1024 * MIB, 256 * MIB, 65_536, 4096 * MIB);
    }

    /** Inodes of the /tmp tmpfs. */
    public long tmpInodes() {
        return Math.max(256, scratchInodes / 4);
    }

    public SandboxOptions withMaxProcesses(int n) {
        return new SandboxOptions(n, maxMemoryBytes, maxFileBytes, scratchQuotaBytes, tmpBytes, scratchInodes,
                sessionMemoryBytes);
    }

    public SandboxOptions withMaxMemoryBytes(long n) {
        return new SandboxOptions(maxProcesses, n, maxFileBytes, scratchQuotaBytes, tmpBytes, scratchInodes,
                sessionMemoryBytes);
    }

    public SandboxOptions withMaxFileBytes(long n) {
        return new SandboxOptions(maxProcesses, maxMemoryBytes, n, scratchQuotaBytes, tmpBytes, scratchInodes,
                sessionMemoryBytes);
    }

    public SandboxOptions withScratchQuotaBytes(long n) {
        return new SandboxOptions(maxProcesses, maxMemoryBytes, maxFileBytes, n, tmpBytes, scratchInodes,
                sessionMemoryBytes);
    }

    public SandboxOptions withTmpBytes(long n) {
        return new SandboxOptions(maxProcesses, maxMemoryBytes, maxFileBytes, scratchQuotaBytes, n, scratchInodes,
                sessionMemoryBytes);
    }

    public SandboxOptions withScratchInodes(long n) {
        return new SandboxOptions(maxProcesses, maxMemoryBytes, maxFileBytes, scratchQuotaBytes, tmpBytes, n,
                sessionMemoryBytes);
    }

    public SandboxOptions withSessionMemoryBytes(long n) {
        return new SandboxOptions(maxProcesses, maxMemoryBytes, maxFileBytes, scratchQuotaBytes, tmpBytes, scratchInodes,
                n);
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
    public String limitsPrologue(long cpuSeconds, boolean limitProcesses) {
        return "exec 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&-; "
                + "ulimit -c 0" + (limitProcesses ? " -u " + maxProcesses : "")
                + " -v " + maxMemoryBytes / 1024 + " -f " + maxFileBytes / 1024 + " -t " + cpuSeconds
                + " || exit 126; exec /bin/bash -c \"$1\"";
    }
}
