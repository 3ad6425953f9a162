package io.srebench.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.srebench.run.ScoreRecord;
import io.srebench.trajectory.TrajectoryIO;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The grouped {@link StoreFacts} keep the flat {@code store} object exports have always carried. */
class StoreFactsJsonTest {
    private static final Instant T0 = Instant.parse("2026-02-03T04:05:06Z");

    private static StoreFacts facts() {
        return new StoreFacts(new StoreFacts.Origin(7, 2, "scenario-1", "oracle", "m-1", 3), "done",
                new StoreFacts.Primary(0.5, "ranked", 1.0, 0.5), new StoreFacts.Totals(4, 0.25, 1200, 80), "bwrap", T0,
                T0.plusSeconds(9), "late", "{\"name\":\"oracle\"}", "{\"entities\":[]}",
                List.of(new ScoreRecord("set", 0.5, 1, 0.5, "{}")), List.of(T0.plusSeconds(1)),
                List.of(new StoreFacts.Note("a/Pod/b", "co-occurring-symptom", 1, "n", "me", T0, T0)));
    }

    @Test
    void theStoreObjectIsFlatAndInTheExportedOrder() {
        JsonNode o = TrajectoryIO.MAPPER.valueToTree(facts());
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("sourceRunId", "benchmarkId", "taskId", "agent", "model", "repeat", "status", "score",
                "variant", "recall", "precision", "turns", "costUsd", "inputTokens", "outputTokens", "sandbox",
                "startedAt", "endedAt", "error", "configJson", "submissionJson", "scores", "turnAt", "annotations"), names);
        assertEquals(1200, o.get("inputTokens").asLong());
        assertEquals("ranked", o.get("variant").asText());
    }

    @Test
    void aFlatStoreObjectReadsBackIntoTheGroups() throws Exception {
        StoreFacts read = TrajectoryIO.MAPPER.treeToValue(TrajectoryIO.MAPPER.valueToTree(facts()), StoreFacts.class);
        assertEquals(facts(), read);
        // an export written before annotations were exported, and an unscored run
        String old = "{\"sourceRunId\":3,\"benchmarkId\":1,\"taskId\":\"t\",\"agent\":\"a\",\"model\":null,\"repeat\":1,"
                + "\"status\":\"errored\",\"score\":null,\"variant\":null,\"recall\":null,\"precision\":null,\"turns\":2,"
                + "\"costUsd\":0.1,\"inputTokens\":10,\"outputTokens\":1,\"sandbox\":\"process\",\"startedAt\":null,"
                + "\"endedAt\":null,\"error\":\"boom\",\"configJson\":\"{}\",\"submissionJson\":null,\"scores\":[],"
                + "\"turnAt\":[]}";
        StoreFacts f = TrajectoryIO.MAPPER.readValue(old, StoreFacts.class);
        assertEquals(new StoreFacts.Origin(3, 1, "t", "a", null, 1), f.run());
        assertEquals(new StoreFacts.Primary(null, null, null, null), f.primary());
        assertEquals(new StoreFacts.Totals(2, 0.1, 10, 1), f.totals());
        assertEquals("boom", f.error());
        assertEquals(List.of(), f.annotations());
    }
}
