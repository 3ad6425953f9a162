package io.srebench.sandbox;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * Counts the tasks (processes and threads) of this user, which is what {@code ulimit -u} limits outside a
 * user namespace. The count is only meaningful when this process sees every task of its user: inside a
 * nested PID namespace (a container) the kernel still counts the user's tasks on the whole host, which
 * {@code /proc} does not show, so a limit built from the visible count would make ordinary forks fail.
 * {@code /proc} inside a container shows one PID per task like the host's does, so the test is on the
 * namespace itself: the kernel gives the initial PID namespace a fixed inode number.
 */
final class UserTasks {
    /** {@code PROC_PID_INIT_INO} of the Linux kernel, as {@code /proc/self/ns/pid} shows it. */
    private static final String INITIAL_PID_NAMESPACE = "pid:[4026531836]";

    private UserTasks() {
    }

    /** This process's effective uid (the owner of {@code /proc/self}), or -1 when unknown. */
    static long currentUid() {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).longValue();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The user's tasks, or empty when they cannot all be seen (nested PID namespace, unreadable /proc). */
    static OptionalInt countIfAllVisible() {
        try {
            if (!INITIAL_PID_NAMESPACE.equals(Files.readSymbolicLink(Path.of("/proc/self/ns/pid")).toString())) {
                return OptionalInt.empty();
            }
            String self = Files.readString(Path.of("/proc/self/status"));
            String uid = field(self, "Uid:").trim().split("\\s+")[0];
            int tasks = 0;
            try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), p -> isPid(p))) {
                for (Path p : procs) {
                    tasks += tasksOf(p, uid);
                }
            }
            return OptionalInt.of(tasks);
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
    }

    private static int tasksOf(Path proc, String uid) {
        try {
            String status = Files.readString(proc.resolve("status"));
            if (!uid.equals(field(status, "Uid:").trim().split("\\s+")[0])) {
                return 0;
            }
            return Integer.parseInt(field(status, "Threads:").trim());
        } catch (IOException | RuntimeException e) {
            return 0; // the process ended while we looked
        }
    }

    private static boolean isPid(Path p) {
        String n = p.getFileName().toString();
        return !n.isEmpty() && n.chars().allMatch(Character::isDigit);
    }

    private static String field(String status, String name) {
        for (String line : status.split("\n")) {
            if (line.startsWith(name)) {
                return line.substring(name.length());
            }
        }
        throw new IllegalStateException("no " + name + " in /proc status");
    }
}
