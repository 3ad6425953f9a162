package io.srebench.sim.k8s;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code metadata.managedFields} as a real API server keeps it: one entry per (manager, operation, subresource),
 * whose {@code time} is that manager's latest write. Every object gets the entries of whoever created it (helm for
 * the application's manifests, the controllers for what they own, kubelet for pod and node status), so that the
 * presence of managed fields, or of one manager, marks no object as special (docs/decisions/0005).
 */
public final class FieldManagers {
    /**
     * Managers people and automation use to change objects by hand or from pipelines. The fault injector and the
     * benign churn both draw from this pool, so a manager name never tells a fault from routine work.
     */
    public static final String[] HUMAN = {"kubectl-edit", "kubectl-patch", "kubectl-client-side-apply", "helm",
        "OpenAPI-Generator", "argocd-controller", "kubectl-set"};

    private FieldManagers() {
    }

    /** Adds the entries of an object's creation at {@code at} unless it already has some. */
    static void created(ObjectNode body, long at) {
        ObjectNode md = (ObjectNode) body.get("metadata");
        if (md.has("managedFields")) {
            return;
        }
        String kind = body.path("kind").asText();
        boolean owned = md.has("ownerReferences");
        String creator = switch (kind) {
            case "Pod", "ReplicaSet", "Endpoints", "Job" -> owned ? "kube-controller-manager" : "kubectl-run";
            case "Node" -> "kubeadm";
            case "Namespace" -> "kubectl-create";
            default -> {
                if (body.path("apiVersion").asText().startsWith("chaos-mesh.org")) {
                    yield "kubectl-client-side-apply";
                }
                yield owned ? "kube-controller-manager" : "helm";
            }
        };
        write(body, creator, at, null);
        switch (kind) {
            case "Pod", "Node" -> write(body, "kubelet", at + 1_000 + Math.floorMod(md.path("uid").asText().hashCode(), 4_000),
                    "status");
            case "Deployment", "ReplicaSet", "StatefulSet", "HorizontalPodAutoscaler", "Job", "CronJob" ->
                    write(body, "kube-controller-manager", at + 300, "status");
            default -> { }
        }
    }

    /** Records that {@code manager} wrote the object at {@code at} (kubelet writes the status subresource). */
    public static void write(ObjectNode body, String manager, long at, String subresource) {
        ObjectNode md = (ObjectNode) body.get("metadata");
        ArrayNode mf = md.withArray("managedFields");
        String sub = subresource != null ? subresource : manager.equals("kubelet") ? "status" : null;
        for (var e : mf) {
            if (e.path("manager").asText().equals(manager) && e.path("subresource").asText("").equals(sub == null ? "" : sub)) {
                ((ObjectNode) e).put("time", K8sTime.iso(at));
                return;
            }
        }
        ObjectNode entry = mf.addObject();
        entry.put("manager", manager);
        entry.put("operation", "Update");
        entry.put("apiVersion", body.path("apiVersion").asText());
        entry.put("time", K8sTime.iso(at));
        entry.put("fieldsType", "FieldsV1");
        if (sub != null) {
            entry.put("subresource", sub);
        }
    }

    /** Like {@link #write}, but never moves an existing entry of {@code manager} back in time. */
    static void writeAtLeast(ObjectNode body, String manager, long at) {
        for (var e : body.path("metadata").path("managedFields")) {
            if (e.path("manager").asText().equals(manager) && !e.has("subresource")
                    && e.path("time").asText().compareTo(K8sTime.iso(at)) > 0) {
                return;
            }
        }
        write(body, manager, at, null);
    }
}
