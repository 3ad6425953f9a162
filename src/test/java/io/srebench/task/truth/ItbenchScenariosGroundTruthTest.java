package io.srebench.task.truth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.task.EntityRef;
import io.srebench.task.EntityRefs;
import io.srebench.task.Task;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Loads the real ITBench ground truths (all 52 scenarios) and checks several of them by hand. */
class ItbenchScenariosGroundTruthTest {
    private static Path scenarios() {
        String dir = System.getProperty("srebench.itbench.dir");
        assertNotNull(dir, "system property srebench.itbench.dir is not set");
        Path p = Path.of(dir, "scenarios");
        assertTrue(Files.isDirectory(p), "ITBench scenarios not found at " + p);
        return p;
    }

    private static GroundTruth merged(String scenario) {
        Path d = scenarios().resolve(scenario);
        Path v1 = d.resolve("groundtruth_v1.yaml");
        return GroundTruthLoader.load(new Task.GroundTruthFiles(d.resolve("groundtruth.yaml"),
                Files.exists(v1) ? v1 : null), "otel-demo");
    }

    private static List<String> ids(GroundTruth gt) {
        return gt.rootCauses().stream().map(RootCause::id).toList();
    }

    private static EntityRef e(String s) {
        return EntityRefs.parse(s, null);
    }

    @Test
    void everyScenarioLoadsInEveryForm() throws IOException {
        List<Path> dirs;
        try (Stream<Path> s = Files.list(scenarios())) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        assertEquals(52, dirs.size());
        int withV1 = 0;
        List<String> v2Empty = new ArrayList<>();
        for (Path d : dirs) {
            GroundTruth v2 = GroundTruthLoader.loadV2(d.resolve("groundtruth.yaml"));
            if (v2.rootCauses().isEmpty()) {
                v2Empty.add(d.getFileName().toString());
            }
            Path v1File = d.resolve("groundtruth_v1.yaml");
            if (Files.exists(v1File)) {
                withV1++;
                GroundTruth v1 = GroundTruthLoader.loadV1(v1File);
                assertFalse(v1.rootCauses().isEmpty(), d + ": v1 without root cause");
                assertFalse(v1.groups().isEmpty(), d + ": v1 without groups");
            }
            GroundTruth m = merged(d.getFileName().toString());
            assertFalse(m.rootCauses().isEmpty(), d + ": merged without root cause");
            if (!v2.rootCauses().isEmpty()) {
                assertEquals(ids(v2), ids(m), d + ": v2 decides the root causes");
            }
            for (RootCause rc : m.rootCauses()) {
                assertTrue(rc.matches(rc.entity()) || !rc.aliases().get(0).isExact(), d + ": " + rc.id());
            }
        }
        assertEquals(50, withV1);
        assertEquals(List.of("37"), v2Empty);
    }

    @Test
    void scenario1ConfigMapNotTheLoadGenerator() {
        GroundTruth gt = merged("1");
        assertEquals(List.of("otel-demo/ConfigMap/flagd-config"), ids(gt));
        RootCause rc = gt.rootCauses().get(0);
        assertEquals(1, rc.aliases().size());
        assertFalse(rc.matches(e("otel-demo/Pod/load-generator-5d8f7c-abcde")));
        assertEquals(List.of("HighRequestErrorRate", "NoDatabaseOperations"), gt.expectedAlerts());
        assertEquals(4, gt.propagations().size());
        // v1 alone says the load generator
        GroundTruth v1 = GroundTruthLoader.loadV1(scenarios().resolve("1/groundtruth_v1.yaml"));
        assertEquals(List.of("load-generator-pod-1"), ids(v1));
        assertTrue(v1.rootCauses().get(0).matches(e("otel-demo/Pod/load-generator-5d8f7c-abcde")));
        assertTrue(v1.rootCauses().get(0).matches(e("otel-demo/Service/frontend-proxy")));
    }

    @Test
    void scenario16DeploymentWithServiceAndPodAliases() {
        GroundTruth gt = merged("16");
        assertEquals(List.of("otel-demo/Deployment/shipping"), ids(gt));
        RootCause rc = gt.rootCauses().get(0);
        assertEquals(List.of("shipping-deployment-1", "shipping-service-1", "shipping-pod-1"),
                rc.aliases().stream().skip(1).map(EntityMatcher::groupId).toList());
        assertTrue(rc.matches(e("otel-demo/Service/shipping")));
        assertTrue(rc.matches(e("otel-demo/Pod/shipping-6b8d9c-xk2lp")));
        assertFalse(rc.matches(e("otel-demo/Service/checkout")));
    }

    @Test
    void scenario17ScheduleDoesNotPickUpTheV1NetworkChaosKind() {
        GroundTruth gt = merged("17");
        assertEquals(List.of("chaos-mesh/Schedule/product-catalog-network-delay"), ids(gt));
        assertFalse(gt.rootCauses().get(0).matches(e("chaos-mesh/NetworkChaos/product-catalog-network-delay")));
        GroundTruth v1 = GroundTruthLoader.loadV1(scenarios().resolve("17/groundtruth_v1.yaml"));
        assertTrue(v1.rootCauses().get(0).matches(e("chaos-mesh/NetworkChaos/delay-otel-demo-product-catalog")));
    }

    @Test
    void scenario13And15CountARepeatedV2EntityOnce() {
        assertEquals(List.of("otel-demo/ConfigMap/flagd-config"), ids(merged("13")));
        assertEquals(List.of("otel-demo/ConfigMap/flagd-config"), ids(merged("15")));
    }

    @Test
    void scenario37FallsBackToTheV1Namespace() {
        GroundTruth gt = merged("37");
        assertEquals(List.of("otel-demo-namespace-1"), ids(gt));
        assertEquals(e("Namespace/otel-demo"), gt.rootCauses().get(0).entity());
        assertTrue(gt.rootCauses().get(0).matches(e("otel-demo/Namespace/otel-demo")));
    }

    @Test
    void scenario38SixRootCausesAndNoCatchAllHpaAlias() {
        GroundTruth gt = merged("38");
        assertEquals(List.of("otel-demo/Deployment/fraud-detection", "otel-demo/HorizontalPodAutoscaler/fraud-detection",
                "otel-demo/Deployment/frontend", "otel-demo/HorizontalPodAutoscaler/frontend",
                "otel-demo/Deployment/image-provider", "otel-demo/HorizontalPodAutoscaler/image-provider"), ids(gt));
        assertTrue(gt.rootCauses().stream().allMatch(rc -> rc.aliases().size() == 1));
        assertFalse(gt.rootCauses().stream().anyMatch(rc -> rc.matches(e("otel-demo/hpa/accounting"))));
    }

    @Test
    void scenario48ClusterScopedNamespace() {
        GroundTruth gt = merged("48");
        assertEquals(List.of("Namespace/book-info"), ids(gt));
        RootCause rc = gt.rootCauses().get(0);
        assertEquals("bookinfo-namespace-1", rc.aliases().get(1).groupId());
        assertTrue(rc.matches(e("book-info/Namespace/book-info")));
    }

    @Test
    void scenario52ThreeRootCausesWithTheirOwnAliases() {
        GroundTruth gt = merged("52");
        assertEquals(List.of("otel-demo/Deployment/checkout", "otel-demo/ResourceQuota/strict-resource-quota",
                "otel-demo/ConfigMap/flagd-config"), ids(gt));
        assertEquals(1, gt.rootCauses().get(0).aliases().size());
        assertEquals("resource-quota-1", gt.rootCauses().get(1).aliases().get(1).groupId());
        assertEquals("flagd-configmap-1", gt.rootCauses().get(2).aliases().get(1).groupId());
    }

    @Test
    void scenario61ScheduleAliasesItsNetworkChaos() {
        GroundTruth gt = merged("61");
        RootCause rc = gt.rootCauses().get(0);
        assertEquals("chaos-mesh/Schedule/checkout-payment-network-loss", rc.id());
        assertTrue(rc.matches(e("chaos-mesh/NetworkChaos/checkout-payment-network-loss-x7k2")));
        assertFalse(rc.matches(e("otel-demo/Pod/checkout-7f9c")));
    }

    @Test
    void scenario51HasOnlyAV2File() {
        assertEquals(List.of("Namespace/otel-demo"), ids(merged("51")));
    }
}
