package io.srebench.sandbox;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The memory and pids cap of one sandbox session: a cgroup made for it under srebench's own cgroup (so
 * whatever limits srebench runs under still apply), joined by the container launcher before bwrap starts,
 * so every process of the session and every tmpfs page it writes is counted. A session that outgrows the
 * memory cap gets the kernel's OOM killer inside the cgroup, never the host's.
 *
 * <p>cgroup v2 is used where srebench's cgroup can delegate {@code memory} and {@code pids}; else cgroup v1
 * ({@code memory.limit_in_bytes}, {@code pids.max}), as on this project's machines (hybrid hierarchy). Where
 * neither can be made (not root, read-only cgroupfs), {@link #create} returns null and the sandbox runs in
 * the documented degraded mode: RLIMIT_AS per process and RLIMIT_NPROC per session uid only, no total.
 *
 * <p>Names carry the JVM's pid: {@link #sweep} removes the cgroups of JVMs that are gone (killed mid-session).
 */
final class SessionCgroup implements AutoCloseable {
    private static final Path ROOT = Path.of("/sys/fs/cgroup");
    private static final String PREFIX = "srebench-";

    private final List<Path> dirs;
    private final String description;

    private SessionCgroup(List<Path> dirs, String description) {
        this.dirs = List.copyOf(dirs);
        this.description = description;
    }

    /** A cgroup for a session with these caps, or null when none can be made here. */
    static SessionCgroup create(String sessionName, long memoryBytes, int pids) {
        String name = PREFIX + ProcessHandle.current().pid() + "-" + sessionName;
        try {
            if (Files.isRegularFile(ROOT.resolve("cgroup.controllers"))) {
                return v2(name, memoryBytes, pids);
            }
            return v1(name, memoryBytes, pids);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static SessionCgroup v2(String name, long memoryBytes, int pids) throws IOException {
        Path parent = ROOT.resolve(own("").substring(1));
        String ctl = Files.readString(parent.resolve("cgroup.subtree_control"));
        if (!ctl.contains("memory") || !ctl.contains("pids")) {
            Files.writeString(parent.resolve("cgroup.subtree_control"), "+memory +pids");
        }
        Path d = Files.createDirectories(parent.resolve(name));
        Files.writeString(d.resolve("memory.max"), Long.toString(memoryBytes));
        Files.writeString(d.resolve("memory.swap.max"), "0");
        Files.writeString(d.resolve("pids.max"), Integer.toString(pids));
        return new SessionCgroup(List.of(d), "cgroup v2 memory.max " + mib(memoryBytes) + " + pids.max " + pids);
    }

    private static SessionCgroup v1(String name, long memoryBytes, int pids) throws IOException {
        Path mem = ROOT.resolve("memory").resolve(own("memory").substring(1));
        Path pid = ROOT.resolve("pids").resolve(own("pids").substring(1));
        if (!Files.isRegularFile(mem.resolve("memory.limit_in_bytes")) || !Files.isDirectory(pid)) {
            throw new IOException("no cgroup v1 memory and pids hierarchies");
        }
        List<Path> made = new ArrayList<>();
        try {
            Path m = Files.createDirectory(mem.resolve(name));
            made.add(m);
            Files.writeString(m.resolve("memory.limit_in_bytes"), Long.toString(memoryBytes));
            Path p = Files.createDirectory(pid.resolve(name));
            made.add(p);
            Files.writeString(p.resolve("pids.max"), Integer.toString(pids));
        } catch (IOException | RuntimeException e) {
            new SessionCgroup(made, "").close();
            throw e;
        }
        return new SessionCgroup(made, "cgroup v1 memory.limit_in_bytes " + mib(memoryBytes) + " + pids.max " + pids);
    }

    /** This JVM's cgroup path in the hierarchy of {@code controller} ("" for v2), from /proc/self/cgroup. */
    private static String own(String controller) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/cgroup"))) {
            String[] f = line.split(":", 3);
            if (f.length < 3) {
                continue;
            }
            boolean match = controller.isEmpty() ? f[0].equals("0") && f[1].isEmpty()
                    : List.of(f[1].split(",")).contains(controller);
            if (match) {
                if (f[2].contains("..")) {
                    throw new IOException("odd cgroup path " + f[2]);
                }
                return f[2].endsWith("/") ? f[2] : f[2] + "/";
            }
        }
        throw new IOException("no " + controller + " cgroup in /proc/self/cgroup");
    }

    private static String mib(long bytes) {
        return bytes / (1024 * 1024) + " MiB";
    }

    /** The {@code cgroup.procs} files a process writes its pid to, to join the session's cgroups. */
    List<Path> procsFiles() {
        return dirs.stream().map(d -> d.resolve("cgroup.procs")).toList();
    }

    /** What is enforced, for messages and the ADR's "which mode is in force". */
    String description() {
        return description;
    }

    /** Kills whatever is left in the cgroups and removes them; never throws. */
    @Override
    public void close() {
        for (Path d : dirs) {
            remove(d);
        }
    }

    private static void remove(Path d) {
        for (int i = 0; i < 50 && Files.isDirectory(d); i++) {
            try {
                for (String pid : Files.readAllLines(d.resolve("cgroup.procs"))) {
                    ProcessHandle.of(Long.parseLong(pid.strip())).ifPresent(ProcessHandle::destroyForcibly);
                }
                Files.delete(d);
                return;
            } catch (IOException | RuntimeException e) {
                sleep();
            }
        }
    }

    /** Removes the session cgroups of srebench JVMs that no longer run; never throws. */
    static void sweep() {
        List<Path> parents = new ArrayList<>();
        try {
            if (Files.isRegularFile(ROOT.resolve("cgroup.controllers"))) {
                parents.add(ROOT.resolve(own("").substring(1)));
            } else {
                parents.add(ROOT.resolve("memory").resolve(own("memory").substring(1)));
                parents.add(ROOT.resolve("pids").resolve(own("pids").substring(1)));
            }
        } catch (IOException | RuntimeException e) {
            return;
        }
        for (Path parent : parents) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(parent, PREFIX + "*")) {
                for (Path d : ds) {
                    if (ownerGone(d.getFileName().toString())) {
                        remove(d);
                    }
                }
            } catch (IOException | RuntimeException ignored) {
                // nothing to sweep here
            }
        }
    }

    private static boolean ownerGone(String name) {
        String[] f = name.split("-");
        try {
            long pid = Long.parseLong(f[1]);
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).isEmpty();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
