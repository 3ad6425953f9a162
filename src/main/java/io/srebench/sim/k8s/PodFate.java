package io.srebench.sim.k8s;

/**
 * What happens to a newly created pod: it writes the pod's status versions into the world and the events the
 * scheduler and kubelet record. The default fate starts the pod normally.
 */
@FunctionalInterface
public interface PodFate {
    /**
     * Plays the pod's life from {@code created}.
     *
     * @param cluster the cluster (world, events, rng)
     * @param podName the pod's name (the pod object exists from {@code created}, status Pending)
     * @param node the node it was scheduled to, or null when the fate keeps it unscheduled
     * @param created creation time
     */
    void play(Cluster cluster, String podName, String node, long created);

    /** True when the scheduler must not bind the pod (Pending, no node). */
    default boolean unscheduled() {
        return false;
    }
}
