package io.srebench.cli;

import io.srebench.run.RunnerListener;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The benchmark progress bar: runs done/total, rate, ETA and running cost. On a terminal it redraws
 * one line; otherwise (CI logs, pipes) it prints a line at most every few seconds and at the end.
 */
final class ProgressLine implements RunnerListener {
    private static final int WIDTH = 24;
    private static final long QUIET_MS = 5_000;

    private final PrintWriter err;
    private final boolean interactive;
    private final long startNanos = System.nanoTime();
    private final int alreadyDone;
    private long lastPrint;
    private boolean first = true;

    ProgressLine(PrintWriter err, boolean interactive, int alreadyDone) {
        this.err = err;
        this.interactive = interactive;
        this.alreadyDone = alreadyDone;
    }

    @Override
    public synchronized void progress(int done, int total, double costUsd) {
        long now = System.currentTimeMillis();
        boolean end = done >= total;
        if (!interactive && !end && !first && now - lastPrint < QUIET_MS) {
            return;
        }
        first = false;
        lastPrint = now;
        err.print((interactive ? "\r" : "") + render(done, total, costUsd) + (interactive && !end ? "" : "\n"));
        err.flush();
    }

    String render(int done, int total, double costUsd) {
        int filled = total == 0 ? WIDTH : (int) Math.round(WIDTH * (double) done / total);
        double secs = (System.nanoTime() - startNanos) / 1e9;
        int fresh = done - alreadyDone;
        double rate = secs > 0 ? fresh / secs : 0;
        String eta = rate > 0 && done < total ? duration((total - done) / rate) : done >= total ? "done" : "--";
        return String.format(Locale.ROOT, "[%s%s] %d/%d runs · %.2f runs/s · ETA %s · $%.4f", "#".repeat(filled),
                ".".repeat(WIDTH - filled), done, total, rate, eta, costUsd);
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
