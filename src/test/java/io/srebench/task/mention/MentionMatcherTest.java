package io.srebench.task.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The entity-mention model: a table of tricky names and texts, plus randomised properties. */
class MentionMatcherTest {
    /** name, text, expected. Printed as the case table. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("ad", "grep -i ad logs.txt", true),
                Arguments.of("ad", "kubectl -n otel-demo get svc/ad", true),
                Arguments.of("ad", "kubectl rollout restart deployment/ad", true),
                Arguments.of("ad", "submit otel-demo/Service/ad", true),
                Arguments.of("ad", "curl http://ad.otel-demo.svc:8080/", true),
                Arguments.of("ad", "{\"service\":\"ad\"}", true),
                Arguments.of("ad", "app.kubernetes.io/name=ad", true),
                Arguments.of("ad", "pod ad-5d8f7c9b4-x2x7k is CrashLoopBackOff", true),
                Arguments.of("ad", "replicaset.apps/ad-5d8f7c9b4 scaled", true),
                Arguments.of("AD", "LOGS OF AD", true),
                Arguments.of("ad", "load average 3.1", false),
                Arguments.of("ad", "adservice is the old name", false),
                Arguments.of("ad", "AD_SERVICE_PORT=8080", false),
                Arguments.of("ad", "the ad-service word", false),
                Arguments.of("ad", "bad request; headers", false),
                Arguments.of("ad", "my-ad-5d8f7c9b4-x2x7k", false),
                Arguments.of("cart", "kubectl logs deploy/cart", true),
                Arguments.of("cart", "valkey-cart is up", false),
                Arguments.of("cart", "cartservice", false),
                Arguments.of("cart", "cart-6c7d9f8b5-qzw2p OOMKilled", true),
                Arguments.of("valkey-cart", "valkey-cart-0 Running", true),
                Arguments.of("db", "statefulset db: db-0 Running", true),
                Arguments.of("db", "kubectl get pvc data-db-0", false),
                Arguments.of("db", "mongodb and dbus", false),
                Arguments.of("db", "span db.system=postgresql", true),
                Arguments.of("frontend", "frontend-proxy-6b8c9d7f5-abcde", false),
                Arguments.of("frontend", "frontend-7f9c8d6b5-k2m4n", true),
                Arguments.of("frontend", "myfrontend frontend_2 frontends", false),
                Arguments.of("frontend-proxy", "deploy FRONTEND-PROXY is slow", true),
                Arguments.of("payment", "payment-5d8f7c9b4-xaxak", false),
                Arguments.of("a", "a a a", false));
    }

    @ParameterizedTest(name = "{0} in \"{1}\" -> {2}")
    @MethodSource("cases")
    void caseTable(String name, String text, boolean expected) {
        boolean got = MentionMatcher.mentions(text, name);
        System.out.printf("| %s | %s | %s | %s |%n", name, text, expected, got);
        assertEquals(expected, got, name + " in: " + text);
    }

    @Test
    void spansCoverPodNamesAndPreferLongerNames() {
        MentionMatcher m = new MentionMatcher(List.of("frontend", "Frontend-Proxy", "ad"));
        List<int[]> spans = m.spans("a frontend-proxy and frontend; pod ad-5d8f7c9b4-x2x7k");
        assertEquals(3, spans.size());
        assertEquals(List.of(2, 16), List.of(spans.get(0)[0], spans.get(0)[1]));
        assertEquals(List.of(35, 53), List.of(spans.get(2)[0], spans.get(2)[1]), "the whole pod name is the link");
    }

    @Test
    void firstMentionsUseTheEntityName() {
        Map<String, Integer> first = MentionMatcher.firstMentions(
                List.of("kubectl get pods", "grep -i error ad-5d8f7c9b4-x2x7k.log", "submit otel-demo/Service/cart"),
                List.of("otel-demo/Service/ad", "otel-demo/Service/cart", "otel-demo/Service/valkey-cart"));
        assertEquals(Map.of("otel-demo/Service/ad", 1, "otel-demo/Service/cart", 2), first);
    }

    /** Property: a name glued to other name characters is never a mention; set off by separators it always is. */
    @Test
    void randomNamesMatchOnlyAsTokens() {
        SplittableRandom rng = new SplittableRandom(13);
        String letters = "abcdefghijklmnopqrstuvwxyz";
        String seps = " /.:\"'=,;()[]{}\n\t";
        for (int n = 0; n < 2000; n++) {
            String name = word(rng, letters, 2 + rng.nextInt(8));
            char sepL = seps.charAt(rng.nextInt(seps.length()));
            char sepR = seps.charAt(rng.nextInt(seps.length()));
            String glue = word(rng, letters + "0123456789_", 1 + rng.nextInt(4));
            assertTrue(MentionMatcher.mentions("x" + sepL + name + sepR + "y", name), name);
            assertTrue(MentionMatcher.mentions(name.toUpperCase(), name), name);
            assertFalse(MentionMatcher.mentions(sepL + glue + name + sepR, name), glue + name);
            assertFalse(MentionMatcher.mentions(sepL + name + glue + sepR, name), name + glue);
            assertFalse(MentionMatcher.mentions(sepL + glue + "-" + name + sepR, name), glue + "-" + name);
            String hash = word(rng, "bcdfghjklmnpqrstvwxz2456789", 9 + rng.nextInt(2));
            String pod = name + "-" + hash + "-" + word(rng, "bcdfghjklmnpqrstvwxz2456789", 5);
            assertTrue(MentionMatcher.mentions(sepL + pod + sepR, name), pod);
            assertTrue(MentionMatcher.mentions(sepL + name + "-" + hash + sepR, name), name + "-" + hash);
            assertFalse(MentionMatcher.mentions(sepL + pod + "a" + sepR, name), pod + "a");
        }
    }

    private static String word(SplittableRandom rng, String alphabet, int len) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) {
            sb.append(alphabet.charAt(rng.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
