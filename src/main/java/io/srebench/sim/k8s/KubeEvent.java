package io.srebench.sim.k8s;

/**
 * One Kubernetes Event (core/v1) as it evolves: first seen at {@code first}, repeated {@code count} times until
 * {@code last}. The recorder turns it into one ADDED and then MODIFIED watch notifications.
 *
 * @param kind involved object kind
 * @param namespace involved object namespace (null for cluster-scoped)
 * @param name involved object name
 * @param fieldPath e.g. {@code spec.containers{cart}} (may be empty)
 * @param reason e.g. {@code BackOff}
 * @param message the message as Kubernetes writes it
 * @param warning true for {@code Warning}, false for {@code Normal}
 * @param component source component, e.g. {@code kubelet}, {@code default-scheduler}
 * @param host node for kubelet events (may be empty)
 * @param first first occurrence (epoch ms)
 * @param last last occurrence (epoch ms)
 * @param count occurrences between first and last
 */
public record KubeEvent(String kind, String namespace, String name, String fieldPath, String reason, String message,
                        boolean warning, String component, String host, long first, long last, int count) {
    /** A single occurrence. */
    public static KubeEvent once(String kind, String ns, String name, String reason, String message, boolean warning,
                                 String component, long at) {
        return new KubeEvent(kind, ns, name, "", reason, message, warning, component, "", at, at, 1);
    }

    /** Same event with a different occurrence window and count. */
    public KubeEvent repeated(long lastAt, int times) {
        return new KubeEvent(kind, namespace, name, fieldPath, reason, message, warning, component, host, first, lastAt,
                times);
    }

    /** Same event on a container of a pod on a node. */
    public KubeEvent on(String path, String node) {
        return new KubeEvent(kind, namespace, name, path, reason, message, warning, component, node, first, last, count);
    }
}
