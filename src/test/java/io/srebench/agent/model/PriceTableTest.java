package io.srebench.agent.model;

import io.srebench.trajectory.TokenUsage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.common.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceTableTest {
    private final PriceTable table = PriceTable.bundled();

    @Test
    void findsFamiliesOfDatedAndRoutedIdsButNotLookalikes() {
        assertEquals(2.0, table.lookup("gpt-4.1-2025-04-14").orElseThrow().input());
        assertEquals(0.4, table.lookup("gpt-4.1-mini-2025-04-14").orElseThrow().input(), "longest family wins");
        assertEquals(3.0, table.lookup("claude-sonnet-4-5-20250929").orElseThrow().input());
        assertEquals(5.0, table.lookup("anthropic/claude-haiku-4.5").orElseThrow().output());
        assertEquals(0.15, table.lookup("openai/gpt-4o-mini").orElseThrow().input());
        assertTrue(table.lookup("gpt-4o2").isEmpty());
        assertTrue(table.lookup("llama3.1:8b").isEmpty());
        assertTrue(table.asOf().startsWith("2025-"));
    }

    @Test
    void costSplitsCachedAndUncachedInput() {
        Prices p = new Prices(2.0, 0.5, 8.0);
        assertEquals((800 * 2.0 + 200 * 0.5 + 100 * 8.0) / 1e6, p.cost(new TokenUsage(1000, 200, 100, 40)), 1e-15);
        assertEquals((1000 * 2.0) / 1e6, new Prices(2.0, null, 8.0).cost(new TokenUsage(1000, 200, 0, 0)), 1e-15);
    }

    @Test
    void userFileOverridesAndAdds(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("prices.json");
        Files.writeString(f, "{\"asOf\": \"2026-01-01\", \"models\": {\"gpt-4o\": {\"input\": 1, \"output\": 2},"
                + " \"my-local\": {\"input\": 0, \"cachedInput\": 0, \"output\": 0}}}");
        PriceTable t = PriceTable.load(f);
        assertEquals(1.0, t.lookup("gpt-4o").orElseThrow().input());
        assertEquals(0.0, t.lookup("my-local").orElseThrow().output());
        assertEquals(8.0, t.lookup("gpt-4.1").orElseThrow().output());
        Endpoint own = Endpoint.of("e", EndpointKind.OPENAI, null, "gpt-4o", "K").withPrices(new Prices(9, null, 9));
        assertEquals(9.0, t.pricesFor(own).orElseThrow().input());
        assertEquals(table.lookup("gpt-4o"), PriceTable.load(dir.resolve("missing.json")).lookup("gpt-4o"));
    }

    @Test
    void badUserFileIsBadInput(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("prices.json");
        Files.writeString(f, "{\"models\": {\"x\": {\"input\": \"cheap\", \"output\": 1}}}");
        BadInputException e = assertThrows(BadInputException.class, () -> PriceTable.load(f));
        assertTrue(e.getMessage().contains("models.x"), e.getMessage());
        Files.writeString(f, "{not json");
        assertThrows(BadInputException.class, () -> PriceTable.load(f));
    }

    @Test
    void retriesOnlyRetryableFailuresAndStopsAtTheBound() {
        List<Duration> waits = new ArrayList<>();
        int[] calls = {0};
        ModelClient failing = r -> {
            calls[0]++;
            throw new ModelCallException("x", ModelCallException.Kind.SERVER_ERROR, true, 502, null);
        };
        RetryPolicy p = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofMinutes(1));
        ModelRequest req = new ModelRequest(List.of(), List.of());
        assertThrows(ModelCallException.class,
                () -> new RetryingModelClient(failing, p, waits::add, new Random(1)).complete(req));
        assertEquals(3, calls[0]);
        assertEquals(2, waits.size());
        assertTrue(waits.get(1).compareTo(Duration.ofSeconds(1)) >= 0 && waits.get(1).compareTo(Duration.ofSeconds(2)) <= 0);

        calls[0] = 0;
        ModelClient auth = r -> {
            calls[0]++;
            throw new ModelCallException("x", ModelCallException.Kind.AUTH, false, 401, null);
        };
        assertThrows(ModelCallException.class, () -> new RetryingModelClient(auth, p, waits::add, new Random(1)).complete(req));
        assertEquals(1, calls[0]);
    }

    @Test
    void backoffHonoursRetryAfterAndCaps() {
        RetryPolicy p = new RetryPolicy(6, Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofMinutes(1));
        Duration top = p.delay(5, null, 0.999999);
        assertTrue(top.compareTo(Duration.ofMillis(9990)) >= 0 && top.compareTo(Duration.ofSeconds(10)) <= 0, top.toString());
        assertTrue(p.delay(5, null, 0.0).compareTo(Duration.ofSeconds(5)) == 0, "half of the 10 s cap");
        assertEquals(Duration.ofSeconds(30), p.delay(1, Duration.ofSeconds(30), 0.5));
    }
}
