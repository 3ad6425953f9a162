package io.srebench.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.srebench.task.EntityRef;
import io.srebench.task.EntityRefs;
import io.srebench.task.truth.EntityMatcher;
import io.srebench.task.truth.GroundTruth;
import io.srebench.task.truth.RootCause;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PrecisionAtFullRecallScorerTest {
    private static final double EPS = 1e-9;
    private static final String A = "otel-demo/ConfigMap/flagd-config";
    private static final String B = "otel-demo/Deployment/cart";
    private static final String X = "otel-demo/Service/frontend";
    private static final String Y = "otel-demo/Pod/ad-7f9c";
    private static final Scorer SCORER = Scorer.standard();

    private static EntityRef e(String s) {
        return EntityRefs.parseLenient(s, "otel-demo");
    }

    private static GroundTruth exact(String... roots) {
        return new GroundTruth(Arrays.stream(roots).map(r -> RootCause.of(e(r))).toList(), List.of(), List.of());
    }

    /** Root cause A with v1-style aliases: Pod group {@code flagd-.*} and Service {@code flagd\b}. */
    private static GroundTruth withAliases() {
        EntityRef a = e(A);
        RootCause rc = new RootCause(A, a, List.of(EntityMatcher.exact(a),
                EntityMatcher.group("flagd-pod-1", "Pod", "otel-demo", List.of("flagd-.*")),
                EntityMatcher.group("flagd-service-1", "Service", "otel-demo", List.of("flagd\\b"))));
        return new GroundTruth(List.of(rc), List.of(), List.of());
    }

    /** v1 regex groups as root causes (benchmark.md examples). */
    private static GroundTruth regexGroups() {
        RootCause lg = new RootCause("load-generator-pod-1", e("otel-demo/Pod/load-generator-.*"),
                List.of(EntityMatcher.group("load-generator-pod-1", "Pod", "otel-demo", List.of("load-generator-.*"))));
        RootCause chaos = new RootCause("delay-1", e("chaos-mesh/NetworkChaos/.*product-catalog"),
                List.of(EntityMatcher.group("delay-1", "NetworkChaos", "chaos-mesh", List.of(".*product-catalog"))));
        return new GroundTruth(List.of(lg, chaos), List.of(), List.of());
    }

    private static GroundTruth cartGroup() {
        RootCause cart = new RootCause("cart-pod-1", e("otel-demo/Pod/cart"),
                List.of(EntityMatcher.group("cart-pod-1", "Pod", "otel-demo", List.of("cart"))));
        return new GroundTruth(List.of(cart), List.of(), List.of());
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // name, truth, submission, set score, ranked score, recall, precision
                Arguments.of("worked: G={a,b} S=[a,x,b]", exact(A, B), List.of(A, X, B), 2 / 3.0, (1 + 2 / 3.0) / 2,
                        1.0, 2 / 3.0),
                Arguments.of("worked: G={a} S=[a,x]", exact(A), List.of(A, X), 0.5, 1.0, 1.0, 0.5),
                Arguments.of("worked: G={a} S=[x,a]", exact(A), List.of(X, A), 0.5, 0.5, 1.0, 0.5),
                Arguments.of("worked: S=[]", exact(A), List.of(), 0.0, 0.0, 0.0, 0.0),
                Arguments.of("worked: G={a} S=[a,a] duplicate dropped", exact(A), List.of(A, A), 1.0, 1.0, 1.0, 1.0),
                Arguments.of("missing a root cause gives 0", exact(A, B), List.of(A), 0.0, 0.0, 0.5, 1.0),
                Arguments.of("ranked: G={a,b} S=[x,a,y,b]", exact(A, B), List.of(X, A, Y, B), 0.5, 0.5, 1.0, 0.5),
                Arguments.of("ranked: G={a,b} S=[b,a,x]", exact(A, B), List.of(B, A, X), 2 / 3.0, 1.0, 1.0, 2 / 3.0),
                Arguments.of("alias hits", withAliases(), List.of("otel-demo/Pod/flagd-5d9c-x"), 1.0, 1.0, 1.0, 1.0),
                Arguments.of("second alias counts for precision only", withAliases(),
                        List.of("otel-demo/Service/flagd", X, A), 2 / 3.0, 1.0, 1.0, 2 / 3.0),
                Arguments.of("alias must match kind", withAliases(), List.of("otel-demo/Deployment/flagd"), 0.0, 0.0, 0.0, 0.0),
                Arguments.of("regex groups", regexGroups(),
                        List.of("otel-demo/Pod/load-generator-5d8f7c-abcde",
                                "chaos-mesh/NetworkChaos/product-catalog-network-delay"),
                        1.0, 1.0, 1.0, 1.0),
                Arguments.of("regex needs the prefix", regexGroups(),
                        List.of("otel-demo/Pod/my-load-generator-1", "chaos-mesh/NetworkChaos/product-catalog-network-delay"),
                        0.0, 0.0, 0.5, 0.5),
                Arguments.of("cart does not match valkey-cart", cartGroup(), List.of("otel-demo/Pod/valkey-cart-1"),
                        0.0, 0.0, 0.0, 0.0),
                Arguments.of("cart matches cart-...", cartGroup(), List.of("otel-demo/Pod/cart-5f-1"), 1.0, 1.0, 1.0, 1.0),
                Arguments.of("wrong namespace", exact(B), List.of("other/Deployment/cart"), 0.0, 0.0, 0.0, 0.0),
                Arguments.of("default namespace and short kinds", exact(A, B),
                        List.of("cm/flagd-config", "otel-demo/deploy/cart"),
                        1.0, 1.0, 1.0, 1.0),
                Arguments.of("case-insensitive names", exact(B), List.of("OTEL-DEMO/deployments.apps/Cart"), 1.0, 1.0, 1.0, 1.0),
                Arguments.of("unknown kind is a false positive", exact(A), List.of("otel-demo/Gadget/x", A), 0.5, 0.5, 1.0, 0.5),
                Arguments.of("duplicates by spelling", exact(A), List.of(A, "otel-demo/cm/FLAGD-config", X), 0.5, 1.0, 1.0, 0.5)
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void scoresAsBenchmarkMdDefines(String name, GroundTruth gt, List<String> submission, double set, double ranked,
                                    double recall, double precision) {
        List<EntityRef> s = submission.stream().map(PrecisionAtFullRecallScorerTest::e).toList();
        Score bySet = SCORER.score(gt, s, ScoreOptions.DEFAULT);
        Score byRank = SCORER.score(gt, s, ScoreOptions.DEFAULT.withVariant(ScoreVariant.RANKED));
        assertEquals(set, bySet.score(), EPS, "set");
        assertEquals(ranked, byRank.score(), EPS, "ranked");
        assertEquals(recall, bySet.recall(), EPS, "recall");
        assertEquals(precision, bySet.precision(), EPS, "precision");
        assertEquals(bySet.recall(), byRank.recall(), EPS);
        assertEquals(bySet.precision(), byRank.precision(), EPS);
        assertEquals(ScoreVariant.SET, bySet.variant());
        assertEquals(ScoreVariant.RANKED, byRank.variant());
        assertEquals(submission.size(), bySet.rows().size());
    }

    @Test
    void rowsExplainEachEntity() {
        Score s = SCORER.score(withAliases(), List.of(e("otel-demo/Pod/flagd-1"), e(X), e("otel-demo/Pod/FLAGD-1"),
                e(A), e("otel-demo/Gizmo/g"), e("what is this")));
        List<Score.Outcome> outcomes = s.rows().stream().map(Score.Row::outcome).toList();
        assertEquals(List.of(Score.Outcome.HIT, Score.Outcome.FALSE_POSITIVE, Score.Outcome.DUPLICATE, Score.Outcome.HIT,
                Score.Outcome.FALSE_POSITIVE, Score.Outcome.FALSE_POSITIVE), outcomes);
        assertEquals(List.of(1, 2, 0, 3, 4, 5), s.rows().stream().map(Score.Row::rank).toList());
        Score.Row first = s.rows().get(0);
        assertEquals(A, first.rootCauseId());
        assertEquals("flagd-pod-1", first.alias().groupId());
        assertNull(first.note());
        assertEquals("same as #0", s.rows().get(2).note());
        assertEquals("root cause already hit: counts for precision, not again for recall", s.rows().get(3).note());
        assertEquals(EntityMatcher.exact(e(A)), s.rows().get(3).alias());
        assertEquals("unknown kind \"Gizmo\"", s.rows().get(4).note());
        assertEquals("not an entity reference", s.rows().get(5).note());
        assertEquals(2 / 5.0, s.precision(), EPS);
        assertEquals(List.of(), s.missed());
    }

    @Test
    void missedListsRootCausesNotHit() {
        Score s = SCORER.score(exact(A, B), List.of(e(B)));
        assertEquals(List.of(A), s.missed().stream().map(RootCause::id).toList());
    }

    @Test
    void ignoredNamespacesAreDroppedBeforeScoring() {
        GroundTruth gt = exact(A);
        List<EntityRef> s = List.of(e("kube-system/Pod/coredns-1"), e(A), e("Prometheus/Service/prometheus"));
        Score plain = SCORER.score(gt, s, ScoreOptions.DEFAULT);
        assertEquals(1 / 3.0, plain.score(), EPS);
        Score ignoring = SCORER.score(gt, s, ScoreOptions.DEFAULT.ignoringMonitoringNamespaces());
        assertEquals(1.0, ignoring.score(), EPS);
        assertEquals(List.of(Score.Outcome.IGNORED, Score.Outcome.HIT, Score.Outcome.IGNORED),
                ignoring.rows().stream().map(Score.Row::outcome).toList());
        assertEquals("namespace kube-system is ignored", ignoring.rows().get(0).note());
        assertEquals(1, ignoring.rows().get(1).rank());
        Score custom = SCORER.score(gt, s, new ScoreOptions(ScoreVariant.SET, Set.of("KUBE-SYSTEM")));
        assertEquals(0.5, custom.score(), EPS);
        assertEquals(1.0, SCORER.score(gt, s, new ScoreOptions(ScoreVariant.RANKED, Set.of("kube-system"))).score(), EPS);
        assertEquals(9, ScoreOptions.IBM_MONITORING_NAMESPACES.size());
    }

    @Test
    void onlyIgnoredEntitiesScoreZero() {
        Score s = SCORER.score(exact(A), List.of(e("kube-system/Pod/x")), ScoreOptions.DEFAULT.ignoringMonitoringNamespaces());
        assertEquals(0.0, s.score(), EPS);
        assertEquals(0.0, s.precision(), EPS);
    }

    @Test
    void anEntityMatchingTwoRootCausesFillsTheOneNotYetHit() {
        RootCause pods = new RootCause("pods", e("otel-demo/Pod/cart-.*"),
                List.of(EntityMatcher.group("pods", "Pod", "otel-demo", List.of("cart-.*"))));
        RootCause one = RootCause.of(e("otel-demo/Pod/cart-1"));
        GroundTruth gt = new GroundTruth(List.of(pods, one), List.of(), List.of());
        // cart-1 is root cause "one"'s primary entity: it goes there first, cart-2 then fills "pods"
        Score s = SCORER.score(gt, List.of(e("otel-demo/Pod/cart-1"), e("otel-demo/Pod/cart-2")));
        assertEquals(List.of("otel-demo/Pod/cart-1", "pods"), s.rows().stream().map(Score.Row::rootCauseId).toList());
        assertEquals(1.0, s.score(), EPS);
    }

    @Test
    void refusesAnEmptyGroundTruth() {
        GroundTruth empty = new GroundTruth(List.of(), List.of(), List.of());
        assertThrows(IllegalArgumentException.class, () -> SCORER.score(empty, List.of(e(A))));
    }

    @Test
    void variantsParse() {
        assertEquals(ScoreVariant.RANKED, ScoreVariant.parse("Ranked"));
        assertEquals("set", ScoreVariant.SET.id());
        assertThrows(io.srebench.common.BadInputException.class, () -> ScoreVariant.parse("map"));
    }
}
