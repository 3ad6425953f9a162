package io.srebench.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * Exec overhead of the sandbox against running the same command directly with ProcessBuilder.
 * Run: {@code java -cp target/test-classes:target/classes:$(cat cp.txt) io.srebench.sandbox.SandboxBench [runs]}
 * (cp.txt from {@code mvn -o dependency:build-classpath -Dmdep.outputFile=cp.txt}). Prints p50 and p99 in
 * milliseconds per command and backend, and the first command of a fresh sandbox (which starts the session
 * container); it asserts nothing. Figures and their history: docs/decisions/0003-sandbox-exec.md.
 */
public final class SandboxBench {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int WARMUP = 30;

    private SandboxBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Path snap = Files.createTempDirectory("srebench-bench-");
        StringBuilder tsv = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            tsv.append("2025-12-01 21:16:24\totel-demo\tpod-").append(i).append("\tBackOff\n");
        }
        Files.writeString(snap.resolve("events.tsv"), tsv.toString());
        Files.setPosixFilePermissions(snap, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        String[][] commands = {{"true", "true"}, {"cat file | wc -l", "cat %s/events.tsv | wc -l"}};
        try (Sandbox sb = SandboxFactory.create(snap, SandboxOptions.defaults())) {
            System.out.printf(Locale.ROOT, "backend=%s runs=%d (after %d warm-up)%n", sb.backend(), runs, WARMUP);
            System.out.printf(Locale.ROOT, "%-18s %10s %10s %10s %10s %8s%n", "command", "direct p50", "direct p99",
                    "sandbox p50", "sandbox p99", "ratio50");
            for (String[] c : commands) {
                String direct = String.format(Locale.ROOT, c[1], snap);
                String inside = String.format(Locale.ROOT, c[1], Sandbox.SNAPSHOT_DIR);
                double[] d = time(runs, () -> direct(direct));
                double[] s = time(runs, () -> {
                    ExecResult r = sb.exec(inside, TIMEOUT);
                    if (r.exitCode() != 0) {
                        throw new IllegalStateException("sandbox command failed: " + r);
                    }
                });
                System.out.printf(Locale.ROOT, "%-18s %10.2f %10.2f %10.2f %10.2f %8.2f%n", c[0], pct(d, 50), pct(d, 99),
                        pct(s, 50), pct(s, 99), pct(s, 50) / pct(d, 50));
            }
            // A session's first command also starts its container (root mode); measured on fresh sandboxes.
            double[] first = new double[20];
            for (int i = 0; i < first.length; i++) {
                try (Sandbox fresh = SandboxFactory.create(snap, SandboxOptions.defaults())) {
                    long t = System.nanoTime();
                    fresh.exec("true", TIMEOUT);
                    first[i] = (System.nanoTime() - t) / 1e6;
                }
            }
            Arrays.sort(first);
            System.out.printf(Locale.ROOT, "%-18s %10s %10s %10.2f %10.2f%n", "first exec", "", "", pct(first, 50),
                    pct(first, 99));
        } finally {
            ScratchDir.deleteTree(snap);
        }
    }

    private interface Body {
        void run() throws Exception;
    }

    private static double[] time(int runs, Body body) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            body.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            body.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static void direct(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("/bin/bash", "-c", command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("direct command failed: " + command);
        }
    }
}
