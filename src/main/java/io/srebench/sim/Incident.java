package io.srebench.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * Effects of faults that are not Kubernetes object changes: code-level failures and slowness inside services
 * (feature flags, JVM chaos), network chaos between workloads, resource burn (stress chaos, memory leaks),
 * changes in user traffic and extra log lines. The data plane, trace, metric and log generators consult it.
 */
public final class Incident {
    /**
     * When an effect is active: from {@code from} to {@code to}; with {@code period > 0} only during the first
     * {@code on} ms of every period (a Chaos Mesh Schedule re-running a experiment with a {@code duration}).
     */
    public record Active(long from, long to, long period, long on) {
        public static Active between(long from, long to) {
            return new Active(from, to, 0, 0);
        }

        public boolean at(long t) {
            if (t < from || t >= to) {
                return false;
            }
            return period <= 0 || (t - from) % period < on;
        }
    }

    /** A workload's own operation fails or slows (operation null: every operation). */
    public record ServiceFault(String workload, String operation, Active when, double errorProb, double extraMs,
                               String message) {
    }

    /** Calls from {@code caller} (null: any) to Service {@code callee} fail, time out or slow down. */
    public record EdgeFault(String caller, String callee, Active when, double errorProb, double extraMs, String message,
                            boolean timeout) {
    }

    /** Extra cpu (cores) and memory (MiB) burnt in a workload's pods; {@code ramp} grows linearly over the window. */
    public record Burn(String workload, Active when, double cpuCores, double memMi, boolean ramp) {
    }

    /** Multiplies the rate of the entry operation whose key equals {@code match} (empty: all). */
    public record Traffic(Active when, String match, double factor) {
    }

    /** A log line a workload writes repeatedly while the effect is active. */
    public record LogNote(String workload, Active when, long everyMs, String severity, String body) {
    }

    private final List<ServiceFault> serviceFaults = new ArrayList<>();
    private final List<EdgeFault> edgeFaults = new ArrayList<>();
    private final List<Burn> burns = new ArrayList<>();
    private final List<Traffic> traffic = new ArrayList<>();
    private final List<LogNote> notes = new ArrayList<>();

    public void add(ServiceFault f) {
        serviceFaults.add(f);
    }

    public void add(EdgeFault f) {
        edgeFaults.add(f);
    }

    public void add(Burn b) {
        burns.add(b);
    }

    public void add(Traffic t) {
        traffic.add(t);
    }

    public void add(LogNote n) {
        notes.add(n);
    }

    public List<ServiceFault> serviceFaults() {
        return serviceFaults;
    }

    public List<EdgeFault> edgeFaults() {
        return edgeFaults;
    }

    public List<Burn> burns() {
        return burns;
    }

    public List<Traffic> traffic() {
        return traffic;
    }

    public List<LogNote> notes() {
        return notes;
    }

    /** Traffic multiplier for an entry operation key at {@code t}. */
    public double trafficFactor(String entryKey, long t) {
        double f = 1;
        for (Traffic tr : traffic) {
            if (tr.when().at(t) && (tr.match().isEmpty() || entryKey.equals(tr.match()))) {
                f *= tr.factor();
            }
        }
        return f;
    }

    /** Extra cpu cores and memory MiB for a workload at {@code t}: {cpu, mem}. */
    public double[] burn(String workload, long t) {
        double cpu = 0;
        double mem = 0;
        for (Burn b : burns) {
            if (b.workload().equals(workload) && b.when().at(t)) {
                double k = b.ramp() ? Math.min(1, (t - b.when().from()) / (double) Math.max(1, b.when().to() - b.when().from()))
                        : 1;
                cpu += b.cpuCores() * k;
                mem += b.memMi() * k;
            }
        }
        return new double[] {cpu, mem};
    }
}
