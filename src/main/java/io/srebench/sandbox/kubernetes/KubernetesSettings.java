package io.srebench.sandbox.kubernetes;

import java.time.Duration;

/**
 * Where and how sandbox pods run.
 *
 * @param context kubeconfig context, or null for the current one
 * @param namespace namespace of the pods, or null for the kubeconfig's (else {@code default})
 * @param image the sandbox image (sandbox-image/ built and pushed by the release workflow)
 * @param maxPods sandbox pods alive at once; sessions beyond it wait for a pod to end
 * @param cpuRequest CPU request of the sandbox container (Kubernetes quantity)
 * @param cpuLimit CPU limit of the sandbox container
 * @param memoryRequest memory request of the sandbox container
 * @param startTimeout how long a pod may take from creation until the snapshot is in place
 */
public record KubernetesSettings(String context, String namespace, String image, int maxPods, String cpuRequest,
                                 String cpuLimit, String memoryRequest, Duration startTimeout) {
    /** The image the release workflow publishes. */
    public static final String DEFAULT_IMAGE = "ghcr.io/srebench/srebench-sandbox:latest";

    public KubernetesSettings {
        if (maxPods < 1) {
            throw new IllegalArgumentException("--max-pods must be at least 1: " + maxPods);
        }
        if (image == null || image.isBlank()) {
            throw new IllegalArgumentException("--image must not be empty");
        }
        if (namespace != null && !namespace.matches("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?")) {
            throw new IllegalArgumentException("--namespace: not a Kubernetes namespace name: " + namespace);
        }
    }

    /** Defaults: the published image, 8 pods, 250m/1 CPU, 512Mi requested, 5 minutes to start. */
    public static KubernetesSettings of(String context, String namespace, String image, Integer maxPods) {
        return new KubernetesSettings(blankToNull(context), blankToNull(namespace),
                image == null || image.isBlank() ? DEFAULT_IMAGE : image, maxPods == null ? 8 : maxPods, "250m", "1",
                "512Mi", Duration.ofMinutes(5));
    }

    public KubernetesSettings withStartTimeout(Duration d) {
        return new KubernetesSettings(context, namespace, image, maxPods, cpuRequest, cpuLimit, memoryRequest, d);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
