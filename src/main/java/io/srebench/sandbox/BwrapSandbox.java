package io.srebench.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The default sandbox: commands run in a bubblewrap container.
 *
 * <p>What a command sees: the snapshot read-only at {@code /snapshot}; the session's scratch
 * directory read-write at {@code /work}, also cwd and HOME (root mode: a tmpfs inside the session's own mount
 * namespace with {@code size=} and {@code nr_inodes=}, gone with the container; unprivileged mode: a host temp
 * dir, deleted on close);
 * read-only {@code /usr} (with the {@code /bin}, {@code /lib}, {@code /lib64}, {@code /sbin} links),
 * {@code /etc/alternatives} and {@code /etc/ld.so.cache}; generated minimal {@code /etc/passwd},
 * {@code /etc/group} and {@code /etc/hosts}; a private {@code /proc}, a minimal {@code /dev}, a
 * size-capped {@code /tmp} tmpfs that is empty when each command starts; everything else read-only and
 * empty. No other host path is mounted, so the ground truth (kept outside the snapshot) has no path inside.
 *
 * <p>Isolation: new pid, network, ipc, uts and cgroup namespaces (no network at all, no host processes
 * visible), a new session (no terminal injection), death with the parent, and a seccomp filter that
 * refuses the keyring calls ({@link KeyringFilter}: the session keyring is not namespaced).
 *
 * <p>Kernel-enforced bounds (root mode): /work and /tmp are tmpfs mounts with size and inode caps (ENOSPC,
 * never a walk of the tree), and the whole session runs in its own cgroup ({@link SessionCgroup}) with a
 * memory and pids cap. {@link #limits()} says which bounds are in force. Unprivileged mode is the degraded
 * one: the scratch quota is checked by walking the host directory, /tmp has a size but no inode cap, and
 * memory is bounded per process (RLIMIT_AS) only; see docs/decisions/0004-sandbox-bounds.md.
 *
 * <p>Root mode (srebench runs as root, as in CI): the kernel would not enforce the process limit for uid
 * 0 (it exempts it, also inside a user namespace mapped to it), so commands run as a session-private
 * unprivileged host uid (see {@link #ROOT_UID_BASE}) with no capabilities and no_new_privs. One
 * container per session ({@link SandboxSession}) starts on the first command and runs every command of
 * the session through a small supervisor ({@code supervisor.sh}, root inside the container with only
 * CAP_SETUID and CAP_SETGID); {@code /proc} is mounted hidepid=invisible, so a command sees only its own
 * processes. When a command returns, times out or overruns the scratch quota, every process of the
 * session uid is killed ({@code kill(-1)} as that uid), /tmp and SysV IPC objects are emptied, and only
 * then is the result reported, so nothing a command started outlives it. The snapshot must be readable by
 * others, as files made under the usual umask 022 are; the scratch directory is handed to the session
 * uid. Nested user namespaces cannot be disabled in that mode; they give no way out of the mount
 * namespace the command already sees. Why one container per session: docs/decisions/0003-sandbox-exec.md.
 *
 * <p>Unprivileged mode: each command runs in a fresh container with a new user namespace (nested user
 * namespaces disabled) as uid 1000; its pid namespace dies with the command, taking along whatever it
 * left behind ({@code sleep 1000 &}). A session container is not used there: supervisor and command
 * would share one uid, so the command could signal or trace the supervisor.
 */
public final class BwrapSandbox implements Sandbox {
    /**
     * When srebench runs as root, each session's commands run as its own host uid drawn from
     * [{@code ROOT_UID_BASE}, {@code ROOT_UID_BASE} + {@code ROOT_UID_RANGE}): far above real and container
     * subordinate ranges, and distinct per session so the kernel's per-uid process count of one session
     * (a fork bomb, its zombies) does not eat into another's.
     */
    public static final int ROOT_UID_BASE = 1_500_000_000;
    static final int ROOT_UID_RANGE = 100_000_000;
    private static final String SANDBOX_UID = "1000";
    static final String SETPRIV = "/usr/bin/setpriv";
    /** The session supervisor script (resource {@code supervisor.sh}). */
    private static final String SUPERVISOR = resource("supervisor.sh");
    /** Session uids in use in this JVM, so two live sessions never draw the same one. */
    private static final java.util.Set<Integer> UIDS_IN_USE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Path snapshot;
    private final SandboxOptions options;
    private final String bwrap;
    private final boolean dropRoot;
    private final int hostUid;
    private final ScratchDir scratch;
    private final CommandRunner runner;
    private final SandboxSession session;
    private final SessionCgroup cgroup;
    private final Path seccomp;
    private boolean closed;

    /**
     * Prepares a session on {@code snapshotDir} with the {@code bwrap} binary at {@code bwrapPath}.
     * Nothing runs until {@link #exec}; {@link SandboxFactory} probes that bwrap works before choosing this.
     */
    public BwrapSandbox(Path snapshotDir, SandboxOptions options, String bwrapPath) {
        if (!Files.isDirectory(snapshotDir)) {
            throw new IllegalArgumentException("snapshot directory does not exist: " + snapshotDir);
        }
        this.snapshot = snapshotDir.toAbsolutePath().normalize();
        this.options = options;
        this.bwrap = bwrapPath;
        this.dropRoot = isRoot();
        this.hostUid = dropRoot ? drawUid() : -1;
        if (dropRoot && !Files.isExecutable(Path.of(SETPRIV))) {
            throw new IllegalStateException("running as root needs " + SETPRIV + " (util-linux) to drop privileges");
        }
        if (dropRoot) {
            requireWorldReadable(snapshot);
        }
        this.scratch = ScratchDir.create();
        String uid = dropRoot ? Integer.toString(hostUid) : SANDBOX_UID;
        scratch.writeFile("etc/passwd", "root:x:0:0:root:/nonexistent:/usr/sbin/nologin\n"
                + "sandbox:x:" + uid + ":" + uid + ":sandbox:/work:/bin/bash\n");
        scratch.writeFile("etc/group", "root:x:0:\nsandbox:x:" + uid + ":\n");
        scratch.writeFile("etc/hosts", "127.0.0.1\tlocalhost\n::1\tlocalhost\n");
        scratch.writeFile("etc/nsswitch.conf", "passwd: files\ngroup: files\nhosts: files dns\n");
        if (dropRoot) {
            scratch.openForUid(hostUid);
        }
        byte[] filter = KeyringFilter.program();
        this.seccomp = filter == null ? null : scratch.writeBytes("seccomp.bpf", filter);
        this.cgroup = dropRoot ? SessionCgroup.create("u" + hostUid, options.sessionMemoryBytes(),
                options.maxProcesses() + 16) : null;
        this.runner = new CommandRunner(scratch::usage, options.scratchQuotaBytes(), BwrapSandbox::killTree);
        // root mode: /work is a size- and inode-capped tmpfs, so no quota walk
        this.session = dropRoot ? new SandboxSession(launcher(sessionArgv()), scratch.root().toFile(),
                SandboxEnvironment.of(SCRATCH_DIR), hostUid, () -> 0, 0) : null;
    }

    /**
     * The command line that starts bwrap: a {@code /bin/sh} that joins the session cgroups and opens the
     * seccomp program on fd 9 for {@code bwrap --seccomp 9}, then execs bwrap (same pid, so every process
     * of the container is in the cgroups from its first instruction).
     */
    private List<String> launcher(List<String> bwrapArgv) {
        List<String> a = new ArrayList<>(List.of("/bin/sh", "-c", "bpf=$1; shift; while [ \"$1\" != -- ]; do "
                + "echo $$ > \"$1\" || exit 125; shift; done; shift; "
                + "if [ -n \"$bpf\" ]; then exec \"$@\" 9<\"$bpf\"; fi; exec \"$@\"", "srebench-launch",
                seccomp == null ? "" : seccomp.toString()));
        if (cgroup != null) {
            cgroup.procsFiles().forEach(f -> a.add(f.toString()));
        }
        a.add("--");
        a.add(bwrapArgv.get(0));
        if (seccomp != null) {
            a.addAll(List.of("--seccomp", "9"));
        }
        a.addAll(bwrapArgv.subList(1, bwrapArgv.size()));
        return a;
    }

    /**
     * Which bounds the kernel enforces for this session, in one line: the scratch and /tmp filesystems, the
     * session memory and pids cap (or the degraded per-process mode), and the keyring.
     */
    public String limits() {
        String keyring = seccomp != null ? "keyring calls blocked (seccomp)" : "keyring NOT blocked (unsupported arch)";
        if (!dropRoot) {
            return "degraded (unprivileged): scratch quota " + mib(options.scratchQuotaBytes()) + " checked by walking, "
                    + "/tmp tmpfs " + mib(options.tmpBytes()) + " without an inode cap, memory per process only "
                    + "(RLIMIT_AS " + mib(options.maxMemoryBytes()) + " x up to " + options.maxProcesses()
                    + " processes), no session total; " + keyring;
        }
        return "/work tmpfs " + mib(options.scratchQuotaBytes()) + " / " + options.scratchInodes() + " inodes, /tmp tmpfs "
                + mib(options.tmpBytes()) + " / " + options.tmpInodes() + " inodes; "
                + (cgroup != null ? "session " + cgroup.description()
                : "DEGRADED: no session cgroup could be made, memory per process only (RLIMIT_AS "
                + mib(options.maxMemoryBytes()) + "), processes per session uid (RLIMIT_NPROC " + options.maxProcesses()
                + ")") + "; " + keyring;
    }

    /** Whether the whole session's memory is capped by a cgroup. */
    public boolean sessionMemoryCapped() {
        return cgroup != null;
    }

    private static String mib(long bytes) {
        return bytes / (1024 * 1024) + " MiB";
    }

    private static int drawUid() {
        while (true) {
            int uid = ROOT_UID_BASE + java.util.concurrent.ThreadLocalRandom.current().nextInt(ROOT_UID_RANGE);
            if (UIDS_IN_USE.add(uid)) {
                return uid;
            }
        }
    }

    private static String resource(String name) {
        try (java.io.InputStream in = BwrapSandbox.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource io/srebench/sandbox/" + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + name, e);
        }
    }

    @Override
    public ExecResult exec(String command, Duration timeout) {
        if (closed) {
            throw new IllegalStateException("sandbox is closed");
        }
        if (session != null) {
            return session.run(command, timeout);
        }
        return runner.run(launcher(argv(command, timeout)), scratch.work().toFile(), SandboxEnvironment.of(SCRATCH_DIR),
                timeout);
    }

    /**
     * Unprivileged mode: the full command line of a one-shot container that runs {@code command}. In root
     * mode commands go to the session container instead ({@link #sessionArgv()}).
     */
    List<String> argv(String command, Duration timeout) {
        List<String> a = new ArrayList<>();
        a.add(bwrap);
        a.addAll(List.of("--unshare-all", "--unshare-user", "--disable-userns", "--uid", SANDBOX_UID,
                "--gid", SANDBOX_UID));
        addMounts(a, false);
        long cpu = Math.max(1, (timeout.toMillis() + 999) / 1000) + 1;
        a.addAll(List.of("/bin/bash", "-c", options.limitsPrologue(cpu), "srebench-limits", command));
        return a;
    }

    /**
     * Root mode: the command line of the session container. bwrap mounts with root's rights (any snapshot
     * path works) and keeps only CAP_SYS_ADMIN, CAP_SETUID, CAP_SETGID and CAP_SETPCAP (bwrap as root would
     * otherwise keep them all). The start script remounts /proc with hidepid=invisible (a command sees its
     * own processes only), then shrinks the bounding set to CAP_SETUID and CAP_SETGID, which with
     * no_new_privs drops the rest for good at the next exec, and becomes the supervisor, which runs each
     * command as the session uid through setpriv.
     */
    List<String> sessionArgv() {
        List<String> a = new ArrayList<>();
        a.add(bwrap);
        a.addAll(List.of("--unshare-ipc", "--unshare-pid", "--unshare-net", "--unshare-uts", "--unshare-cgroup-try",
                "--cap-drop", "ALL", "--cap-add", "CAP_SYS_ADMIN", "--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID",
                "--cap-add", "CAP_SETPCAP"));
        addMounts(a, true);
        String work = "size=" + options.scratchQuotaBytes() + ",nr_inodes=" + options.scratchInodes() + ",mode=0711,uid="
                + hostUid + ",gid=" + hostUid + ",nosuid,nodev";
        String tmp = "size=" + options.tmpBytes() + ",nr_inodes=" + options.tmpInodes() + ",mode=1777,nosuid,nodev";
        a.addAll(List.of("/bin/bash", "-c", "/usr/bin/mount -o remount,hidepid=invisible,gid=0 /proc || exit 125; "
                + "/usr/bin/mount -t tmpfs -o " + work + " srebench-work " + SCRATCH_DIR + " || exit 125; "
                + "/usr/bin/mount -t tmpfs -o " + tmp + " srebench-tmp /tmp || exit 125; cd " + SCRATCH_DIR
                + " || exit 125; unset OLDPWD; exec " + SETPRIV
                + " --bounding-set=-all,+setuid,+setgid --inh-caps=-all,+setuid,+setgid"
                + " --ambient-caps=-all,+setuid,+setgid -- "
                + "/bin/bash -c \"$1\" srebench-supervisor \"${@:2}\"", "srebench-start", SUPERVISOR,
                Integer.toString(hostUid), Integer.toString(options.maxProcesses()),
                Long.toString(options.maxMemoryBytes() / 1024), Long.toString(options.maxFileBytes() / 1024)));
        return a;
    }

    private void addMounts(List<String> a, boolean sharedTmp) {
        a.addAll(List.of("--hostname", "sandbox", "--die-with-parent", "--new-session", "--clearenv",
                "--ro-bind", "/usr", "/usr", "--symlink", "usr/bin", "/bin", "--symlink", "usr/lib", "/lib",
                "--symlink", "usr/lib64", "/lib64", "--symlink", "usr/sbin", "/sbin",
                // made explicitly 0755: bwrap would create /etc 0700 for its own uid, which nobody cannot enter
                "--perms", "0755", "--dir", "/etc",
                "--ro-bind-try", "/etc/alternatives", "/etc/alternatives",
                "--ro-bind-try", "/etc/ld.so.cache", "/etc/ld.so.cache"));
        for (String f : List.of("passwd", "group", "hosts", "nsswitch.conf")) {
            a.addAll(List.of("--ro-bind", scratch.root().resolve("etc").resolve(f).toString(), "/etc/" + f));
        }
        a.addAll(List.of("--proc", "/proc", "--dev", "/dev"));
        if (sharedTmp) {
            // Root mode: the start script mounts /work and /tmp as capped tmpfs in the container's own mount
            // namespace (bwrap cannot set nr_inodes); the supervisor empties /tmp after every command.
            a.addAll(List.of("--dir", "/tmp", "--dir", SCRATCH_DIR, "--ro-bind", snapshot.toString(), SNAPSHOT_DIR,
                    "--remount-ro", "/", "--chdir", "/"));
        } else {
            a.addAll(List.of("--size", Long.toString(options.tmpBytes()), "--tmpfs", "/tmp",
                    "--ro-bind", snapshot.toString(), SNAPSHOT_DIR,
                    "--bind", scratch.work().toString(), SCRATCH_DIR, "--remount-ro", "/", "--chdir", SCRATCH_DIR));
        }
        SandboxEnvironment.of(SCRATCH_DIR).forEach((k, v) -> a.addAll(List.of("--setenv", k, v)));
    }

    /**
     * A bwrap that exited has taken its whole pid namespace with it (the namespace's init exits and the
     * kernel kills the rest before bwrap sees it go), so only a still-running bwrap needs the tree kill.
     */
    private static void killTree(Process p) {
        if (p.isAlive()) {
            CommandRunner.killDescendants(p);
        }
    }

    @Override
    public String backend() {
        return "bwrap";
    }

    /** Root mode: the session's container process (null before the first command or in unprivileged mode); for tests. */
    Process sessionContainer() {
        return session == null ? null : session.container();
    }

    /** Root mode: the host uid the session's commands run as (-1 in unprivileged mode). */
    int sessionUid() {
        return hostUid;
    }

    /**
     * Where the host sees the command's /work: unprivileged mode, the host directory mounted there; root mode,
     * the tmpfs seen through the running container ({@code /proc/<pid>/root/work}, gone with the container).
     * Tests inspect it.
     */
    public Path scratchDir() {
        Process c = sessionContainer();
        if (c == null) {
            return scratch.work();
        }
        return c.toHandle().descendants().reduce((a, b) -> b).map(h -> Path.of("/proc", Long.toString(h.pid()), "root",
                SCRATCH_DIR.substring(1))).orElse(scratch.work());
    }

    /** The session's private host directory (generated files; in unprivileged mode also /work); for tests. */
    Path sessionDir() {
        return scratch.root();
    }

    /** Ends the session; never throws (a failed cleanup is left to the next start's sweep). */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            try {
                if (session != null) {
                    session.close();
                }
            } catch (RuntimeException ignored) {
                // the container is killed below with its cgroup, or by --die-with-parent
            } finally {
                if (cgroup != null) {
                    cgroup.close();
                }
                UIDS_IN_USE.remove(hostUid);
                scratch.closeQuietly();
            }
        }
    }

    /** As root, commands run as nobody: the snapshot must be readable by others, as files made under umask 022 are. */
    private static void requireWorldReadable(Path dir) {
        try {
            java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = Files.getPosixFilePermissions(dir);
            if (!perms.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ)
                    || !perms.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
                throw new IllegalArgumentException(dir + ": snapshot directory must be readable by others (mode o+rx): "
                        + "srebench runs as root, so sandboxed commands run as an unprivileged uid");
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the permissions of " + dir, e);
        }
    }

    static boolean isRoot() {
        return uidFromProc() == 0;
    }

    private static long uidFromProc() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    return Long.parseLong(line.substring(4).trim().split("\\s+")[1]);
                }
            }
        } catch (java.io.IOException | RuntimeException ignored) {
            // not Linux or no /proc: treat as unprivileged
        }
        return -1;
    }
}
