package io.srebench.task;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Kubernetes and CRD kinds srebench knows, and how people and agents spell them.
 *
 * <p>{@link #canonical(String)} accepts, case-insensitively: the kind itself ({@code Deployment}),
 * its plural ({@code deployments}), kubectl short names ({@code deploy}, {@code svc}, {@code po},
 * {@code cm}, {@code hpa}, ...), a resource qualified by its API group ({@code deployments.apps},
 * {@code networkchaos.chaos-mesh.org}: everything from the first dot on is dropped) and spellings with
 * dashes, underscores or spaces between words ({@code horizontal-pod-autoscaler}). It does not accept
 * {@code apps/v1/Deployment} style references.
 *
 * <p>Limits: the table covers the built-in kinds an incident is likely to involve, Chaos Mesh, Istio
 * and ITBench's own {@code ServiceOperation} (v1 ground truths name RPC endpoints with it). Anything
 * else is unknown: {@link #canonical(String)} throws {@link UnknownKindException}, {@link #canonicalOrNull}
 * returns null. Where Kubernetes itself has two kinds of the same name (Istio's and the Gateway API's
 * {@code Gateway}) they are one kind here.
 */
public final class Kinds {
    private static final Map<String, String> BY_SPELLING = new HashMap<>();
    private static final Set<String> CANONICAL = new LinkedHashSet<>();
    private static final Set<String> CLUSTER_SCOPED = Set.of(
            "Node", "Namespace", "PersistentVolume", "ClusterRole", "ClusterRoleBinding", "StorageClass",
            "CustomResourceDefinition", "PriorityClass", "IngressClass", "MutatingWebhookConfiguration",
            "ValidatingWebhookConfiguration", "APIService", "CSIDriver", "CSINode", "VolumeAttachment",
            "RuntimeClass", "CertificateSigningRequest", "ComponentStatus");

    static {
        // core/v1
        add("Pod", "po");
        add("Service", "svc");
        add("ConfigMap", "cm");
        add("Secret");
        add("Namespace", "ns");
        add("Node", "no");
        add("Endpoints", "ep", "endpoint");
        add("Event", "ev");
        add("PersistentVolume", "pv");
        add("PersistentVolumeClaim", "pvc");
        add("ServiceAccount", "sa");
        add("ResourceQuota", "quota");
        add("LimitRange", "limits");
        add("ReplicationController", "rc");
        add("ComponentStatus", "cs");
        // apps, batch, autoscaling, policy
        add("Deployment", "deploy");
        add("ReplicaSet", "rs");
        add("StatefulSet", "sts");
        add("DaemonSet", "ds");
        add("ControllerRevision");
        add("Job");
        add("CronJob", "cj");
        add("HorizontalPodAutoscaler", "hpa");
        add("PodDisruptionBudget", "pdb");
        // networking, discovery, rbac, storage, scheduling, admission, coordination
        add("Ingress", "ing");
        add("IngressClass");
        add("NetworkPolicy", "netpol");
        add("EndpointSlice");
        add("Role");
        add("RoleBinding");
        add("ClusterRole");
        add("ClusterRoleBinding");
        add("StorageClass", "sc");
        add("VolumeAttachment");
        add("CSIDriver");
        add("CSINode");
        add("PriorityClass", "pc");
        add("RuntimeClass");
        add("CustomResourceDefinition", "crd", "crds");
        add("MutatingWebhookConfiguration");
        add("ValidatingWebhookConfiguration");
        add("APIService");
        add("Lease");
        add("CertificateSigningRequest", "csr");
        // Chaos Mesh (chaos-mesh.org); the plural of "...Chaos" is the same word
        add("Schedule");
        add("Workflow", "wf");
        add("WorkflowNode");
        add("NetworkChaos");
        add("PodChaos");
        add("StressChaos");
        add("IOChaos");
        add("HTTPChaos");
        add("JVMChaos");
        add("TimeChaos");
        add("DNSChaos");
        add("KernelChaos");
        add("BlockChaos");
        add("PhysicalMachineChaos");
        add("AWSChaos");
        add("GCPChaos");
        add("AzureChaos");
        add("StatusCheck");
        // Istio
        add("AuthorizationPolicy");
        add("PeerAuthentication");
        add("RequestAuthentication");
        add("Gateway", "gw");
        add("VirtualService", "vs");
        add("DestinationRule", "dr");
        add("ServiceEntry", "se");
        add("Sidecar");
        add("EnvoyFilter");
        add("Telemetry");
        // ITBench v1 ground truth: an RPC endpoint of a service (e.g. ad-.*_AdService_GetAds)
        add("ServiceOperation");
    }

    private Kinds() {
    }

    /**
     * The canonical kind for a spelling, e.g. {@code svc -> Service}, {@code deployments.apps -> Deployment},
     * {@code HttpChaos -> HTTPChaos}.
     *
     * @throws UnknownKindException if the spelling is not a known kind (also for null or blank input)
     */
    public static String canonical(String raw) {
        String kind = canonicalOrNull(raw);
        if (kind == null) {
            throw new UnknownKindException(raw);
        }
        return kind;
    }

    /** Like {@link #canonical(String)} but returns null for an unknown kind. */
    public static String canonicalOrNull(String raw) {
        if (raw == null) {
            return null;
        }
        String key = raw.trim();
        int dot = key.indexOf('.');
        if (dot > 0) {
            key = key.substring(0, dot); // resource.group: the group is not part of the kind
        }
        return BY_SPELLING.get(key(key));
    }

    /** Whether a spelling names a known kind. */
    public static boolean isKnown(String raw) {
        return canonicalOrNull(raw) != null;
    }

    /**
     * Whether objects of this kind live outside any namespace (Node, Namespace, PersistentVolume,
     * ClusterRole, ...). Unknown kinds are treated as namespaced.
     */
    public static boolean isClusterScoped(String kind) {
        String c = canonicalOrNull(kind);
        return c != null && CLUSTER_SCOPED.contains(c);
    }

    /** Every canonical kind, in a stable order. */
    public static Set<String> all() {
        return Collections.unmodifiableSet(CANONICAL);
    }

    private static void add(String canonical, String... extraSpellings) {
        CANONICAL.add(canonical);
        put(canonical, canonical);
        put(plural(canonical), canonical);
        for (String s : extraSpellings) {
            put(s, canonical);
        }
    }

    private static void put(String spelling, String canonical) {
        String previous = BY_SPELLING.put(key(spelling), canonical);
        if (previous != null && !previous.equals(canonical)) {
            throw new IllegalStateException("kind spelling " + spelling + " names both " + previous + " and " + canonical);
        }
    }

    private static String key(String spelling) {
        return spelling.toLowerCase(Locale.ROOT).replaceAll("[-_ ]", "");
    }

    /** English plural as the Kubernetes API spells resource names. */
    private static String plural(String kind) {
        String k = kind.toLowerCase(Locale.ROOT);
        if (k.endsWith("chaos") || k.endsWith("endpoints") || k.endsWith("telemetry")) {
            return k.endsWith("telemetry") ? "telemetries" : k;
        }
        if (k.endsWith("y") && !k.matches(".*[aeiou]y$")) {
            return k.substring(0, k.length() - 1) + "ies";
        }
        if (k.endsWith("s") || k.endsWith("x") || k.endsWith("ch") || k.endsWith("sh")) {
            return k + "es";
        }
        return k + "s";
    }
}
