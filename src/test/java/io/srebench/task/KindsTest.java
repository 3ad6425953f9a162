package io.srebench.task;

import io.srebench.common.BadInputException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KindsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "Deployment, Deployment", "deployment, Deployment", "DEPLOYMENTS, Deployment", "deploy, Deployment",
        "deployments.apps, Deployment", "svc, Service", "services, Service", "po, Pod", "pods, Pod",
        "cm, ConfigMap", "configmaps, ConfigMap", "ns, Namespace", "namespaces, Namespace", "rs, ReplicaSet",
        "sts, StatefulSet", "statefulsets.apps, StatefulSet", "ds, DaemonSet", "hpa, HorizontalPodAutoscaler",
        "horizontalpodautoscalers.autoscaling, HorizontalPodAutoscaler", "horizontal-pod-autoscaler, HorizontalPodAutoscaler",
        "pvc, PersistentVolumeClaim", "pv, PersistentVolume", "netpol, NetworkPolicy",
        "networkpolicies.networking.k8s.io, NetworkPolicy", "quota, ResourceQuota", "resourcequotas, ResourceQuota",
        "sa, ServiceAccount", "ep, Endpoints", "endpoints, Endpoints", "ing, Ingress", "ingresses, Ingress",
        "cj, CronJob", "cronjobs.batch, CronJob", "job, Job", "jobs, Job", "pdb, PodDisruptionBudget", "no, Node",
        "nodes, Node", "secret, Secret", "secrets, Secret", "clusterroles, ClusterRole", "crd, CustomResourceDefinition",
        "Schedule, Schedule", "schedules.chaos-mesh.org, Schedule", "NetworkChaos, NetworkChaos",
        "networkchaos.chaos-mesh.org, NetworkChaos", "podchaos, PodChaos", "StressChaos, StressChaos",
        "IOChaos, IOChaos", "iochaos, IOChaos", "HTTPChaos, HTTPChaos", "HttpChaos, HTTPChaos", "httpchaos, HTTPChaos",
        "JVMChaos, JVMChaos", "jvmchaos, JVMChaos", "TimeChaos, TimeChaos", "DNSChaos, DNSChaos",
        "KernelChaos, KernelChaos", "Workflow, Workflow", "workflows, Workflow",
        "AuthorizationPolicy, AuthorizationPolicy", "authorizationpolicies.security.istio.io, AuthorizationPolicy",
        "PeerAuthentication, PeerAuthentication", "Gateway, Gateway", "gateways.networking.istio.io, Gateway",
        "VirtualService, VirtualService", "virtualservices, VirtualService", "DestinationRule, DestinationRule",
        "ServiceOperation, ServiceOperation", "'  Pod  ', Pod",
    })
    void canonicalisesSpellings(String raw, String expected) {
        assertEquals(expected, Kinds.canonical(raw));
        assertTrue(Kinds.isKnown(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Foo", "podz", "otel-demo", "", "   ", "apps/v1/Deployment"})
    void unknownKindsThrowAndOrNullReturnsNull(String raw) {
        UnknownKindException e = assertThrows(UnknownKindException.class, () -> Kinds.canonical(raw));
        assertEquals("unknown kind \"" + raw + "\"", e.getMessage());
        assertEquals(raw, e.kind());
        assertNull(Kinds.canonicalOrNull(raw));
    }

    @Test
    void unknownKindIsBadInputAndCanBeLocated() {
        BadInputException e = new UnknownKindException("Foo").at("truth.yaml: spec.entities[1].kind");
        assertEquals("truth.yaml: spec.entities[1].kind: unknown kind \"Foo\"", e.getMessage());
        assertNull(Kinds.canonicalOrNull(null));
        assertThrows(UnknownKindException.class, () -> Kinds.canonical(null));
    }

    @ParameterizedTest
    @CsvSource({"Node, true", "namespace, true", "pv, true", "ClusterRole, true", "storageclasses, true",
        "Pod, false", "pvc, false", "Deployment, false", "Schedule, false", "Foo, false"})
    void knowsClusterScopedKinds(String kind, boolean clusterScoped) {
        assertEquals(clusterScoped, Kinds.isClusterScoped(kind));
    }

    @Test
    void everyCanonicalKindMapsToItself() {
        assertFalse(Kinds.all().isEmpty());
        for (String k : Kinds.all()) {
            assertEquals(k, Kinds.canonical(k));
            assertEquals(k, Kinds.canonical(k.toLowerCase(java.util.Locale.ROOT)));
        }
    }
}
