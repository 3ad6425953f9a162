package io.srebench.agent;

import io.srebench.sandbox.ExecResult;
import io.srebench.sandbox.Sandbox;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Test-only sandbox: runs commands with ProcessBuilder, no isolation. The paths /snapshot and /work in a command
 * are rewritten to the fixture snapshot and a temp scratch dir (a plain text substitution, good enough for the
 * commands tests and baselines issue). The real, isolating sandbox is bubblewrap-based.
 */
public final class ProcessSandbox implements Sandbox {
    private final Path snapshot;
    private final Path scratch;

    public ProcessSandbox(Path snapshot, Path scratch) {
        this.snapshot = snapshot;
        this.scratch = scratch;
    }

    @Override
    public ExecResult exec(String command, Duration timeout) {
        String cmd = command.replace(SNAPSHOT_DIR, snapshot.toString()).replace(SCRATCH_DIR + "/", scratch + "/");
        long t0 = System.nanoTime();
        try {
            Files.createDirectories(scratch);
            Process p = new ProcessBuilder("bash", "-c", cmd).directory(scratch.toFile()).start();
            p.getOutputStream().close();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
            boolean done = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!done) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor();
            }
            String o = out.join();
            String e = err.join();
            return new ExecResult(done ? p.exitValue() : 124, cap(o), cap(e), o.length(), e.length(),
                    Duration.ofNanos(System.nanoTime() - t0), !done);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String read(InputStream in) {
        try (in) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            in.transferTo(b);
            return b.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String cap(String s) {
        if (s.length() <= ExecResult.MAX_OUTPUT_CHARS) {
            return s;
        }
        int half = ExecResult.MAX_OUTPUT_CHARS / 2;
        return s.substring(0, half) + "\n[... " + (s.length() - 2 * half) + " characters truncated ...]\n"
                + s.substring(s.length() - half);
    }

    @Override
    public String backend() {
        return "process";
    }

    @Override
    public void close() {
        // temp dirs belong to the test's @TempDir
    }
}
