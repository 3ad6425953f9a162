package io.srebench.sim.k8s;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes {@code status} of a pod body for the states the simulator models. */
public final class PodStatus {
    private PodStatus() {
    }

    private static ObjectNode reset(ObjectNode pod, String phase) {
        ObjectNode st = (ObjectNode) pod.get("status");
        st.put("phase", phase);
        st.remove("conditions");
        st.remove("containerStatuses");
        st.remove("initContainerStatuses");
        st.remove("reason");
        st.remove("message");
        return st;
    }

    private static void conditions(ObjectNode st, long at, boolean scheduled, boolean initialized, boolean ready,
                                   String notReadyReason) {
        ArrayNode cs = st.putArray("conditions");
        cond(cs, "PodReadyToStartContainers", scheduled, at, null);
        cond(cs, "Initialized", initialized, at, initialized ? null : "ContainersNotInitialized");
        cond(cs, "Ready", ready, at, ready ? null : notReadyReason);
        cond(cs, "ContainersReady", ready, at, ready ? null : notReadyReason);
        cond(cs, "PodScheduled", scheduled, at, scheduled ? null : "Unschedulable");
    }

    private static void cond(ArrayNode cs, String type, boolean ok, long at, String reason) {
        ObjectNode c = cs.addObject();
        c.put("type", type).put("status", ok ? "True" : "False").put("lastTransitionTime", K8sTime.iso(at));
        if (reason != null) {
            c.put("reason", reason);
        }
    }

    private static ObjectNode container(ObjectNode st, ObjectNode pod, String arrayName, String name, boolean ready,
                                        int restarts) {
        ObjectNode c = st.withArray(arrayName).addObject();
        c.put("name", name);
        ObjectNode spec = Json.container((ObjectNode) pod.get("spec"), name);
        c.put("image", spec == null ? "" : spec.path("image").asText());
        c.put("ready", ready);
        c.put("restartCount", restarts);
        c.put("started", ready);
        return c;
    }

    private static String mainContainer(ObjectNode pod) {
        return pod.get("spec").get("containers").get(0).get("name").asText();
    }

    /** Running and ready since {@code since}. */
    public static void running(ObjectNode pod, long since, int restarts) {
        ObjectNode st = reset(pod, "Running");
        st.put("startTime", K8sTime.iso(since));
        conditions(st, since, true, true, true, null);
        ObjectNode c = container(st, pod, "containerStatuses", mainContainer(pod), true, restarts);
        c.putObject("state").putObject("running").put("startedAt", K8sTime.iso(since));
        c.put("containerID", "containerd://" + Integer.toHexString(pod.get("metadata").get("uid").asText().hashCode()));
    }

    /** Running container that fails its readiness probe. */
    public static void notReady(ObjectNode pod, long since) {
        ObjectNode st = reset(pod, "Running");
        st.put("startTime", K8sTime.iso(since));
        conditions(st, since, true, true, false, "ContainersNotReady");
        ObjectNode c = container(st, pod, "containerStatuses", mainContainer(pod), false, 0);
        c.put("started", true);
        c.putObject("state").putObject("running").put("startedAt", K8sTime.iso(since));
    }

    /** Not scheduled: PodScheduled=False/Unschedulable with the scheduler's message. */
    public static void unschedulable(ObjectNode pod, long since, String message) {
        ObjectNode st = reset(pod, "Pending");
        ArrayNode cs = st.putArray("conditions");
        ObjectNode c = cs.addObject();
        c.put("type", "PodScheduled").put("status", "False").put("lastTransitionTime", K8sTime.iso(since))
                .put("reason", "Unschedulable").put("message", message);
    }

    /**
     * Main container waiting (ImagePullBackOff, ErrImagePull, CrashLoopBackOff, CreateContainerConfigError...).
     * {@code lastExit} non-null adds {@code lastState.terminated} with that reason and exit code.
     */
    public static void waiting(ObjectNode pod, long since, String reason, String message, int restarts, String lastExit,
                               int exitCode) {
        boolean started = lastExit != null;
        ObjectNode st = reset(pod, started ? "Running" : "Pending");
        st.put("startTime", K8sTime.iso(since));
        conditions(st, since, true, true, false, "ContainersNotReady");
        ObjectNode c = container(st, pod, "containerStatuses", mainContainer(pod), false, restarts);
        ObjectNode w = c.putObject("state").putObject("waiting");
        w.put("reason", reason);
        if (message != null) {
            w.put("message", message);
        }
        if (lastExit != null) {
            c.putObject("lastState").putObject("terminated").put("exitCode", exitCode).put("reason", lastExit)
                    .put("startedAt", K8sTime.iso(since)).put("finishedAt", K8sTime.iso(since + 1500));
        }
    }

    /** An init container that is waiting (crashing) or running (hanging); main containers wait in PodInitializing. */
    public static void initBlocked(ObjectNode pod, long since, String initName, boolean crashing, int restarts) {
        ObjectNode st = reset(pod, "Pending");
        st.put("startTime", K8sTime.iso(since));
        conditions(st, since, true, false, false, "ContainersNotReady");
        ObjectNode ic = st.withArray("initContainerStatuses").addObject();
        ic.put("name", initName).put("ready", false).put("restartCount", restarts).put("started", !crashing);
        if (crashing) {
            ic.putObject("state").putObject("waiting").put("reason", "CrashLoopBackOff")
                    .put("message", "back-off 5m0s restarting failed container=" + initName + " pod="
                            + pod.get("metadata").get("name").asText());
            ic.putObject("lastState").putObject("terminated").put("exitCode", 1).put("reason", "Error");
        } else {
            ic.putObject("state").putObject("running").put("startedAt", K8sTime.iso(since));
        }
        ObjectNode c = container(st, pod, "containerStatuses", mainContainer(pod), false, 0);
        c.putObject("state").putObject("waiting").put("reason", "PodInitializing");
    }

    /** True when the pod body says Ready=True. */
    public static boolean ready(ObjectNode pod) {
        for (var c : pod.path("status").path("conditions")) {
            if (c.path("type").asText().equals("Ready")) {
                return c.path("status").asText().equals("True");
            }
        }
        return false;
    }

    /** Restart count of the main container (0 when unknown). */
    public static int restarts(ObjectNode pod) {
        var cs = pod.path("status").path("containerStatuses");
        return cs.isArray() && !cs.isEmpty() ? cs.get(0).path("restartCount").asInt(0) : 0;
    }

    /** The waiting reason of the main (or a blocked init) container, or null. */
    public static String waitingReason(ObjectNode pod) {
        var ics = pod.path("status").path("initContainerStatuses");
        for (var c : ics) {
            if (c.path("state").has("waiting")) {
                return c.path("state").path("waiting").path("reason").asText();
            }
            if (c.path("state").has("running")) {
                return "PodInitializing";
            }
        }
        var cs = pod.path("status").path("containerStatuses");
        if (cs.isArray() && !cs.isEmpty() && cs.get(0).path("state").has("waiting")) {
            return cs.get(0).path("state").path("waiting").path("reason").asText();
        }
        return null;
    }
}
