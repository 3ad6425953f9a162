package io.srebench.sim.k8s;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The pod lifecycles the simulator models, each writing status versions and the scheduler/kubelet events that
 * Kubernetes records for them (reasons and message wording as kubelet and the scheduler print them).
 */
public final class PodFates {
    private static final long SEC = 1_000L;

    /** Marker fate: the pod is never created (admission refuses it, e.g. a quota); see {@link Cluster#rollout}. */
    public static final PodFate FORBIDDEN = (c, pod, node, created) -> {
        throw new IllegalStateException("a forbidden pod must not be created");
    };

    private PodFates() {
    }

    private static String ns(Cluster c) {
        return c.app().namespace();
    }

    private static ObjectNode pod(Cluster c, String name, long t) {
        return c.world().at("Pod", ns(c), name, t);
    }

    private static String container(Cluster c, String pod, long t) {
        return pod(c, pod, t).get("spec").get("containers").get(0).get("name").asText();
    }

    private static String image(Cluster c, String pod, long t) {
        return pod(c, pod, t).get("spec").get("containers").get(0).get("image").asText();
    }

    private static void normal(Cluster c, String pod, String node, String container, String reason, String msg,
                               long first, long last, int count) {
        c.event(new KubeEvent("Pod", ns(c), pod, container == null ? "" : "spec.containers{" + container + "}", reason,
                msg, false, "kubelet", node, first, last, count));
    }

    private static void warning(Cluster c, String pod, String node, String container, String reason, String msg,
                                long first, long last, int count) {
        c.event(new KubeEvent("Pod", ns(c), pod, container == null ? "" : "spec.containers{" + container + "}", reason,
                msg, true, "kubelet", node, first, last, count));
    }

    private static void scheduled(Cluster c, String pod, String node, long at) {
        c.event(KubeEvent.once("Pod", ns(c), pod, "Scheduled", "Successfully assigned " + ns(c) + "/" + pod + " to "
                + node, false, "default-scheduler", at));
    }

    /** Starts normally: scheduled, image pulled, container created and started, ready after ~8 s. */
    public static PodFate healthy() {
        return (c, pod, node, created) -> {
            String ct = container(c, pod, created);
            String img = image(c, pod, created);
            scheduled(c, pod, node, created);
            long pullMs = 900 + c.rng().nextInt(2500);
            normal(c, pod, node, ct, "Pulling", "Pulling image \"" + img + "\"", created + SEC, created + SEC, 1);
            normal(c, pod, node, ct, "Pulled", String.format("Successfully pulled image \"%s\" in %.3fs (%.3fs including"
                    + " waiting). Image size: %d bytes.", img, pullMs / 1000.0, pullMs / 1000.0,
                    20_000_000 + c.rng().nextInt(180_000_000)), created + SEC + pullMs, created + SEC + pullMs, 1);
            long start = created + 2 * SEC + pullMs;
            normal(c, pod, node, ct, "Created", "Created container: " + ct, start, start, 1);
            normal(c, pod, node, ct, "Started", "Started container " + ct, start + 300, start + 300, 1);
            long ready = start + 6 * SEC;
            c.world().update("Pod", ns(c), pod, ready, "kubelet", p -> PodStatus.running(p, start, 0));
        };
    }

    /** Never scheduled: FailedScheduling with {@code message}, retried by the scheduler. */
    public static PodFate unschedulable(String message) {
        return new PodFate() {
            @Override
            public void play(Cluster c, String pod, String node, long created) {
                c.world().update("Pod", ns(c), pod, created + 50, "kube-scheduler",
                        p -> PodStatus.unschedulable(p, created + 50, message));
                long end = c.timeline().end();
                int count = (int) Math.max(1, (end - created) / (5 * 60 * SEC)) + 1;
                c.event(new KubeEvent("Pod", ns(c), pod, "", "FailedScheduling", message, true, "default-scheduler", "",
                        created + 50, Math.min(end - 1, created + 50 + (count - 1) * 5 * 60 * SEC), count));
            }

            @Override
            public boolean unscheduled() {
                return true;
            }
        };
    }

    /** Image cannot be pulled: ErrImagePull then ImagePullBackOff for the rest of the window. */
    public static PodFate imagePullFailure(String pullError) {
        return (c, pod, node, created) -> {
            String ct = container(c, pod, created);
            String img = image(c, pod, created);
            scheduled(c, pod, node, created);
            long end = c.timeline().end();
            int attempts = (int) Math.max(2, (end - created) / (150 * SEC));
            long last = Math.min(end - 1, created + attempts * 150 * SEC);
            normal(c, pod, node, ct, "Pulling", "Pulling image \"" + img + "\"", created + SEC, last, attempts);
            warning(c, pod, node, ct, "Failed", "Failed to pull image \"" + img + "\": " + pullError,
                    created + 3 * SEC, last, attempts);
            warning(c, pod, node, ct, "Failed", "Error: ErrImagePull", created + 3 * SEC, last, attempts);
            normal(c, pod, node, ct, "BackOff", "Back-off pulling image \"" + img + "\"", created + 4 * SEC,
                    last, attempts * 4);
            warning(c, pod, node, ct, "Failed", "Error: ImagePullBackOff", created + 4 * SEC, last, attempts * 4);
            c.world().update("Pod", ns(c), pod, created + 3 * SEC, "kubelet", p -> PodStatus.waiting(p, created,
                    "ErrImagePull", "failed to pull and unpack image \"" + img + "\"", 0, null, 0));
            c.world().update("Pod", ns(c), pod, created + 20 * SEC, "kubelet", p -> PodStatus.waiting(p, created,
                    "ImagePullBackOff", "Back-off pulling image \"" + img + "\": ErrImagePull: " + pullError, 0, null, 0));
        };
    }

    /**
     * Starts, exits with {@code exitReason}/{@code exitCode} after {@code runMs}, and is restarted with the kubelet's
     * exponential back-off (10 s doubling to 5 min): CrashLoopBackOff.
     */
    public static PodFate crashLoop(String exitReason, int exitCode, long runMs) {
        return (c, pod, node, created) -> {
            String ct = container(c, pod, created);
            scheduled(c, pod, node, created);
            normal(c, pod, node, ct, "Pulled", "Container image \"" + image(c, pod, created)
                    + "\" already present on machine", created + SEC, created + SEC, 1);
            long t = created + 2 * SEC;
            long backoff = 10 * SEC;
            int restarts = 0;
            long end = c.timeline().end();
            long firstBackOff = -1;
            int backOffs = 0;
            while (t < end) {
                final int r = restarts;
                final long started = t;
                c.world().update("Pod", ns(c), pod, t, "kubelet", p -> {
                    PodStatus.running(p, started, r);
                    PodStatus.notReady(p, started);
                    ((ObjectNode) p.get("status").get("containerStatuses").get(0)).put("restartCount", r);
                });
                long died = t + runMs;
                if (died >= end) {
                    break;
                }
                restarts++;
                final int r2 = restarts;
                c.world().update("Pod", ns(c), pod, died, "kubelet", p -> PodStatus.waiting(p, created,
                        "CrashLoopBackOff", "back-off " + (Math.min(300, 10L << Math.min(5, r2 - 1))) + "s restarting failed"
                                + " container=" + ct + " pod=" + pod + "_" + ns(c) + "(" + p.get("metadata").get("uid")
                                .asText() + ")", r2, exitReason, exitCode));
                if (firstBackOff < 0) {
                    firstBackOff = died + 500;
                }
                backOffs += 1 + (int) (backoff / (10 * SEC));
                t = died + backoff;
                backoff = Math.min(300 * SEC, backoff * 2);
            }
            int starts = restarts + 1;
            normal(c, pod, node, ct, "Created", "Created container: " + ct, created + 2 * SEC, Math.min(end - 1, t),
                    starts);
            normal(c, pod, node, ct, "Started", "Started container " + ct, created + 2 * SEC + 300,
                    Math.min(end - 1, t), starts);
            if (firstBackOff > 0) {
                warning(c, pod, node, ct, "BackOff", "Back-off restarting failed container " + ct + " in pod " + pod + "_"
                        + ns(c) + "(" + pod(c, pod, created).get("metadata").get("uid").asText() + ")",
                        firstBackOff, end - 2 * SEC, backOffs);
            }
        };
    }

    /** Container runs but its readiness probe fails: Unhealthy events, Ready=False (ContainersNotReady). */
    public static PodFate notReady(String probeMessage) {
        return (c, pod, node, created) -> {
            String ct = container(c, pod, created);
            scheduled(c, pod, node, created);
            long start = created + 3 * SEC;
            normal(c, pod, node, ct, "Pulled", "Container image \"" + image(c, pod, created) + "\" already present on"
                    + " machine", created + SEC, created + SEC, 1);
            normal(c, pod, node, ct, "Created", "Created container: " + ct, start, start, 1);
            normal(c, pod, node, ct, "Started", "Started container " + ct, start + 300, start + 300, 1);
            long end = c.timeline().end();
            c.world().update("Pod", ns(c), pod, start, "kubelet", p -> PodStatus.notReady(p, start));
            int count = (int) Math.max(1, (end - start - 10 * SEC) / (10 * SEC));
            warning(c, pod, node, ct, "Unhealthy", probeMessage, start + 10 * SEC, end - SEC, count);
        };
    }

    /** An init container crashes (Init:CrashLoopBackOff) or hangs (Init:0/1); the main container never starts. */
    public static PodFate initBlocked(String initName, boolean crashing) {
        return (c, pod, node, created) -> {
            scheduled(c, pod, node, created);
            long start = created + 2 * SEC;
            long end = c.timeline().end();
            normal(c, pod, node, initName, "Pulled", "Container image \"busybox:1.37\" already present on machine",
                    created + SEC, created + SEC, 1);
            if (!crashing) {
                normal(c, pod, node, initName, "Created", "Created container: " + initName, start, start, 1);
                normal(c, pod, node, initName, "Started", "Started container " + initName, start, start, 1);
                c.world().update("Pod", ns(c), pod, start, "kubelet", p -> PodStatus.initBlocked(p, start, initName, false, 0));
                return;
            }
            int restarts = (int) Math.max(1, Math.min(9, (end - start) / (90 * SEC)));
            normal(c, pod, node, initName, "Created", "Created container: " + initName, start, end - 5 * SEC,
                    restarts + 1);
            normal(c, pod, node, initName, "Started", "Started container " + initName, start, end - 5 * SEC,
                    restarts + 1);
            warning(c, pod, node, initName, "BackOff", "Back-off restarting failed container " + initName + " in pod "
                    + pod + "_" + ns(c) + "(" + pod(c, pod, created).get("metadata").get("uid").asText() + ")",
                    start + 12 * SEC, end - 3 * SEC, restarts * 3);
            for (int r = 1; r <= restarts; r++) {
                final int rr = r;
                long at = start + (end - start) * (r - 1) / restarts + SEC;
                c.world().update("Pod", ns(c), pod, at, "kubelet", p -> PodStatus.initBlocked(p, start, initName, true, rr));
            }
        };
    }

    /** The kubelet cannot build the container config (missing Secret/ConfigMap key): CreateContainerConfigError. */
    public static PodFate configError(String message) {
        return (c, pod, node, created) -> {
            String ct = container(c, pod, created);
            scheduled(c, pod, node, created);
            long end = c.timeline().end();
            int count = (int) Math.max(2, (end - created) / (30 * SEC));
            warning(c, pod, node, ct, "Failed", "Error: " + message, created + 2 * SEC, end - SEC, count);
            c.world().update("Pod", ns(c), pod, created + 2 * SEC, "kubelet",
                    p -> PodStatus.waiting(p, created, "CreateContainerConfigError", message, 0, null, 0));
        };
    }
}
