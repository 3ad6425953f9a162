package io.srebench.task.truth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.common.BadInputException;
import io.srebench.task.EntityRef;
import io.srebench.task.EntityRefs;
import io.srebench.task.Task;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GroundTruthLoaderTest {
    private static final String V2 = """
            apiVersion: itbench.io/v2
            kind: GroundTruth
            metadata: {name: scenario-x}
            spec:
              alerts: [{name: HighRequestErrorRate, labels: {}}]
              entities:
                - apiVersion: apps/v1
                  kind: Deployment
                  metadata: {name: cart, namespace: otel-demo}
                - {apiVersion: v1, kind: ConfigMap, metadata: {name: flagd-config, namespace: otel-demo}}
                - {apiVersion: apps/v1, kind: Deployment, metadata: {name: cart, namespace: otel-demo}}
              solutions: [[{steps: [{text: fix it}]}]]
            """;
    private static final String V1_BARE = """
            metadata: {version: v1}
            groups:
              - {id: cart-deploy-1, kind: Deployment, namespace: otel-demo, filter: ['cart\\b'], root_cause: true}
              - {id: cart-pod-1, kind: Pod, namespace: otel-demo, filter: ['cart-.*']}
              - {id: cart-service-1, kind: Service, namespace: otel-demo, filter: ['cart\\b']}
              - {id: lg-pod-1, kind: Pod, namespace: otel-demo, filter: ['load-generator-.*'], root_cause: true}
              - {id: any-hpa-1, kind: hpa, namespace: otel-demo, filter: ['*.*'], root_cause: true}
              - {id: frontend-service-1, kind: Service, namespace: otel-demo, filter: ['frontend\\b']}
            aliases: [[cart-deploy-1, cart-pod-1], [cart-pod-1, cart-service-1], [lg-pod-1, no-such-group], []]
            propagations:
              - {source: cart-deploy-1, target: frontend-service-1, condition: c, effect: e}
            alerts:
              - {id: HighRequestErrorRate, group_id: frontend-service-1, metadata: {description: d}}
              - {id: KubePodCrashLooping, group_id: cart-pod-1}
            fault: [{category: Change, condition: c, entity: {kind: Pod, name: x}}]
            recommended_actions: [{solution: {id: a, actions: [b]}}]
            unknown_key: 1
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static EntityRef e(String s) {
        return EntityRefs.parse(s, null);
    }

    @Test
    void v2DeduplicatesEntitiesAndReadsAlerts() throws IOException {
        GroundTruth gt = GroundTruthLoader.loadV2(write("gt.yaml", V2));
        assertEquals(List.of("otel-demo/Deployment/cart", "otel-demo/ConfigMap/flagd-config"),
                gt.rootCauses().stream().map(RootCause::id).toList());
        assertEquals(List.of("HighRequestErrorRate"), gt.expectedAlerts());
        assertTrue(gt.propagations().isEmpty());
        assertEquals(1, gt.rootCauses().get(0).aliases().size());
    }

    @Test
    void v1BareShapeMakesRootCausesFromGroupsAndAliasSets() throws IOException {
        GroundTruth gt = GroundTruthLoader.loadV1(write("ground_truth.yaml", V1_BARE));
        assertEquals(List.of("cart-deploy-1", "lg-pod-1", "any-hpa-1"), gt.rootCauses().stream().map(RootCause::id).toList());
        RootCause cart = gt.rootCauses().get(0);
        assertEquals("otel-demo/Deployment/cart\\b", cart.entity().toString());
        // alias sets holding a root-cause group: [deploy, pod]; [pod, service] holds none, so Service is no alias
        assertEquals(List.of("cart-deploy-1", "cart-pod-1"), cart.aliases().stream().map(EntityMatcher::groupId).toList());
        assertTrue(cart.matches(e("otel-demo/Pod/cart-5f7d-x")));
        assertFalse(cart.matches(e("otel-demo/Service/cart")));
        // "*.*" is read as ".*"
        assertTrue(gt.rootCauses().get(2).matches(e("otel-demo/HorizontalPodAutoscaler/anything")));
        assertEquals(List.of("HighRequestErrorRate", "KubePodCrashLooping"), gt.expectedAlerts());
        assertEquals(List.of(new Propagation("cart-deploy-1", "frontend-service-1", "c", "e")), gt.propagations());
        assertEquals(6, gt.groups().size());
    }

    @Test
    void v1WrappedShapeWithNameGroupAndRecommendedActionsCamelCase() throws IOException {
        String wrapped = """
                apiVersion: itbench.io/v1
                kind: GroundTruth
                metadata: {name: scenario-2}
                spec:
                  groups:
                    - {id: flagd-config, kind: ConfigMap, name: flagd-config, namespace: otel-demo, root_cause: true}
                    - {id: ns-1, kind: Namespace, filter: [otel-demo]}
                  recommendedActions: [{solution: {id: a, actions: [b]}}]
                """;
        GroundTruth gt = GroundTruthLoader.loadV1(write("v1.yaml", wrapped));
        assertEquals(1, gt.rootCauses().size());
        RootCause rc = gt.rootCauses().get(0);
        assertEquals(e("otel-demo/ConfigMap/flagd-config"), rc.entity());
        assertTrue(rc.matches(e("otel-demo/ConfigMap/FLAGD-CONFIG")));
        assertFalse(rc.matches(e("otel-demo/ConfigMap/flagd-config-2")));
    }

    @Test
    void mergeKeepsV2RootCausesAndAddsMatchingV1Aliases() throws IOException {
        Path v2 = write("gt.yaml", V2);
        Path v1 = write("gt_v1.yaml", V1_BARE);
        GroundTruth gt = GroundTruthLoader.load(new Task.GroundTruthFiles(v2, v1), "otel-demo");
        assertEquals(List.of("otel-demo/Deployment/cart", "otel-demo/ConfigMap/flagd-config"),
                gt.rootCauses().stream().map(RootCause::id).toList());
        RootCause cart = gt.rootCauses().get(0);
        assertEquals(List.of("otel-demo/Deployment/cart", "otel-demo/Deployment/~cart\\b (v1 group cart-deploy-1)",
                "otel-demo/Pod/~cart-.* (v1 group cart-pod-1)"), cart.aliases().stream().map(EntityMatcher::describe).toList());
        assertTrue(cart.isPrimary(e("otel-demo/Deployment/cart")));
        assertFalse(cart.isPrimary(e("otel-demo/Pod/cart-1")));
        assertEquals("cart-pod-1", cart.matchOf(e("otel-demo/Pod/cart-1")).orElseThrow().groupId());
        // the v1 load-generator root cause matches no v2 entity: not a root cause, not an alias
        assertFalse(gt.rootCauses().stream().anyMatch(r -> r.matches(e("otel-demo/Pod/load-generator-1"))));
        assertEquals(List.of("HighRequestErrorRate", "KubePodCrashLooping"), gt.expectedAlerts());
        assertEquals(1, gt.propagations().size());
    }

    @Test
    void mergeNeverAliasesAGroupMatchingEveryName() throws IOException {
        String v2 = """
                spec:
                  entities: [{apiVersion: autoscaling/v2, kind: HorizontalPodAutoscaler,
                              metadata: {name: frontend, namespace: otel-demo}}]
                """;
        GroundTruth gt = GroundTruthLoader.load(new Task.GroundTruthFiles(write("a.yaml", v2), write("b.yaml", V1_BARE)),
                null);
        RootCause hpa = gt.rootCauses().get(0);
        assertEquals(1, hpa.aliases().size());
        assertFalse(hpa.matches(e("otel-demo/hpa/accounting")));
    }

    @Test
    void mergeFallsBackToV1WhenV2NamesNoEntity() throws IOException {
        Path v2 = write("a.yaml", "apiVersion: itbench.io/v2\nkind: GroundTruth\nspec: {alerts: [], entities: []}\n");
        GroundTruth gt = GroundTruthLoader.load(new Task.GroundTruthFiles(v2, write("b.yaml", V1_BARE)), null);
        assertEquals(3, gt.rootCauses().size());
        BadInputException ex = assertThrows(BadInputException.class,
                () -> GroundTruthLoader.load(new Task.GroundTruthFiles(v2, null), null));
        assertTrue(ex.getMessage().startsWith(v2 + ": no root causes"), ex.getMessage());
    }

    @Test
    void aTaskLoadsItsOwnFilesWithItsDefaultNamespace() throws IOException {
        Path v1 = write("ns_v1.yaml", "groups:\n  - {id: g1, kind: Deployment, name: cart, root_cause: true}\n");
        Task shop = new Task("t", "t", null, "shop", dir, new Task.GroundTruthFiles(null, v1), java.util.Map.of());
        RootCause rc = GroundTruthLoader.load(shop).rootCauses().get(0);
        assertTrue(rc.matches(e("shop/Deployment/cart")));
        assertFalse(rc.matches(e("otel-demo/Deployment/cart")));
    }

    @Test
    void loadAnyDetectsTheVersionByContent() throws IOException {
        assertEquals("otel-demo/Deployment/cart", GroundTruthLoader.loadAny(write("x.yaml", V2), null).rootCauses().get(0).id());
        assertEquals("cart-deploy-1", GroundTruthLoader.loadAny(write("y.yaml", V1_BARE), null).rootCauses().get(0).id());
        BadInputException ex = assertThrows(BadInputException.class,
                () -> GroundTruthLoader.loadAny(write("z.yaml", "foo: bar\n"), null));
        assertEquals(dir.resolve("z.yaml") + ": not an ITBench ground truth (expected spec.entities for v2 or groups for v1)",
                ex.getMessage());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "groups: [{id: a, kind: Foo, filter: [x], root_cause: true}] | groups[0].kind: unknown kind \"Foo\"",
        "groups: [{kind: Pod, filter: [x]}] | groups[0].id: missing required field",
        "groups: [{id: a, kind: Pod}] | groups[0].filter: missing (a group needs filter or name)",
        "groups: [{id: a, kind: Pod, filter: ['(x']}] | groups[0].filter[0]: not a valid regex \"(x\": Unclosed group",
        "groups: [{id: a, kind: Pod, filter: []}] | groups[0].filter: empty list (a group needs at least one filter)",
        "groups: [{id: a, kind: Pod, filter: [x]}, {id: a, kind: Pod, filter: [y]}]"
            + " | groups[1].id: group id \"a\" is defined twice, differently",
        "groups: {id: a} | groups: expected a list, got object",
        "spec: {groups: [{id: a, kind: Pod, filter: [x]}], aliases: [a]}"
            + " | spec.aliases[0]: expected a list of group ids, got string",
        "apiVersion: itbench.io/v1\\nspec: {alerts: []} | spec.groups: missing required field",
        "groups: [{id: a, kind: Pod, filter: [x]}]\\npropagations: [{source: a}]"
            + " | propagations[0].target: missing required field",
    })
    void v1ErrorsNameFileAndField(String yaml, String message) throws IOException {
        Path p = write("v1.yaml", yaml.replace("\\n", "\n"));
        BadInputException ex = assertThrows(BadInputException.class, () -> GroundTruthLoader.loadV1(p));
        assertEquals(p + ": " + message, ex.getMessage());
    }

    @Test
    void aV1GroupRepeatedIdenticallyIsReadOnce() throws IOException {
        Path p = write("v1.yaml", "groups: [{id: a, kind: Pod, filter: [x], root_cause: true},"
                + " {id: a, kind: Pod, filter: [x], root_cause: true}]");
        assertEquals(1, GroundTruthLoader.loadV1(p).rootCauses().size());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "spec: {entities: [{apiVersion: v1, kind: Foo, metadata: {name: x}}]} | spec.entities[0].kind: unknown kind \"Foo\"",
        "spec: {entities: [{apiVersion: v1, kind: Pod, metadata: {}}]} | spec.entities[0].metadata.name: missing",
        "spec: {alerts: []} | spec.entities: missing required field",
        "spec: {entities: 3} | spec.entities: expected a list, got number",
        "spec: [1] | spec: expected a mapping, got array",
        "- a | expected a mapping, got array",
        "apiVersion: itbench.io/v1\\ngroups: [] | apiVersion: this is a v1 ground truth, expected v2 (itbench.io/v2)",
    })
    void v2ErrorsNameFileAndField(String yaml, String message) throws IOException {
        Path p = write("v2.yaml", yaml.replace("\\n", "\n"));
        BadInputException ex = assertThrows(BadInputException.class, () -> GroundTruthLoader.loadV2(p));
        assertEquals(p + ": " + message, ex.getMessage());
    }

    @Test
    void fileProblemsAreOneLine() throws IOException {
        Path missing = dir.resolve("nope.yaml");
        assertEquals(missing + ": file not found",
                assertThrows(BadInputException.class, () -> GroundTruthLoader.loadV2(missing)).getMessage());
        Path empty = write("empty.yaml", "  \n");
        assertEquals(empty + ": file is empty",
                assertThrows(BadInputException.class, () -> GroundTruthLoader.loadV1(empty)).getMessage());
        Path broken = write("broken.yaml", "spec:\n  entities: [a\n");
        String msg = assertThrows(BadInputException.class, () -> GroundTruthLoader.loadV2(broken)).getMessage();
        assertTrue(msg.startsWith(broken + ": line 3, column 1: malformed YAML: expected ',' or ']'"), msg);
        assertFalse(msg.contains("\n"));
    }
}
