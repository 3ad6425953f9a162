package io.srebench.sandbox.kubernetes;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a sandbox pod's status: how far it got ({@link Stage}) and, when it can no longer serve a session,
 * why, as the one-line reason its run ends with.
 */
final class PodState {
    /** How far a sandbox pod has come. */
    enum Stage {
        /** Not scheduled or pulling images: keep waiting. */
        WAITING,
        /** The init container runs: the snapshot can be uploaded. */
        LOADING,
        /** The sandbox container runs: commands can be executed. */
        SERVING
    }

    private static final List<String> PULL_FAILURES = List.of("ErrImagePull", "ImagePullBackOff", "InvalidImageName",
            "ErrImageNeverPull", "RegistryUnavailable");

    private PodState() {
    }

    static Stage stage(Pod pod) {
        PodStatus s = pod.getStatus();
        if (s == null) {
            return Stage.WAITING;
        }
        if (running(s.getContainerStatuses(), PodTemplate.CONTAINER)) {
            return Stage.SERVING;
        }
        return running(s.getInitContainerStatuses(), PodTemplate.INIT_CONTAINER) ? Stage.LOADING : Stage.WAITING;
    }

    /**
     * Why {@code pod} cannot serve its session, or empty while it still may.
     *
     * @param unschedulableIsFatal whether an Unschedulable condition already ends it (after the grace period)
     */
    static Optional<String> failure(String name, Pod pod, boolean unschedulableIsFatal) {
        if (pod == null) {
            return Optional.of("kubernetes: pod " + name + " was deleted");
        }
        PodStatus s = pod.getStatus();
        if (s == null) {
            return Optional.empty();
        }
        if ("Evicted".equals(s.getReason())) {
            return Optional.of("kubernetes: pod " + name + " evicted: " + text(s.getMessage()));
        }
        if ("Failed".equals(s.getPhase()) || "Succeeded".equals(s.getPhase())) {
            return Optional.of("kubernetes: pod " + name + " ended (" + s.getPhase()
                    + (s.getReason() == null ? "" : ", " + s.getReason()) + "): " + text(s.getMessage()));
        }
        List<ContainerStatus> all = new ArrayList<>();
        if (s.getInitContainerStatuses() != null) {
            all.addAll(s.getInitContainerStatuses());
        }
        if (s.getContainerStatuses() != null) {
            all.addAll(s.getContainerStatuses());
        }
        for (ContainerStatus c : all) {
            if (c.getState() != null && c.getState().getWaiting() != null
                    && PULL_FAILURES.contains(c.getState().getWaiting().getReason())) {
                return Optional.of("kubernetes: pod " + name + " image pull failed: " + c.getState().getWaiting().getReason()
                        + ": " + text(c.getState().getWaiting().getMessage()));
            }
            if (c.getState() != null && c.getState().getTerminated() != null
                    && PodTemplate.CONTAINER.equals(c.getName())) {
                return Optional.of("kubernetes: pod " + name + " sandbox container terminated: "
                        + text(c.getState().getTerminated().getReason()));
            }
        }
        if (unschedulableIsFatal && s.getConditions() != null) {
            for (PodCondition c : s.getConditions()) {
                if ("PodScheduled".equals(c.getType()) && "False".equals(c.getStatus())
                        && "Unschedulable".equals(c.getReason())) {
                    return Optional.of("kubernetes: pod " + name + " unschedulable: " + text(c.getMessage()));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean running(List<ContainerStatus> statuses, String container) {
        if (statuses == null) {
            return false;
        }
        for (ContainerStatus c : statuses) {
            if (container.equals(c.getName()) && c.getState() != null && c.getState().getRunning() != null) {
                return true;
            }
        }
        return false;
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? "(no message)" : s.replaceAll("\\s+", " ").trim();
    }
}
