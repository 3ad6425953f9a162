package io.srebench.trajectory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.common.BadInputException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrajectoryIOTest {
    static Trajectory sample() {
        Instant t0 = Instant.parse("2025-12-01T21:16:24.123456789Z");
        RunInfo run = new RunInfo("run-1", "scenario-1", "model",
                new EndpointInfo("gpt", "openai", "gpt-4.1", "high", 4096, null), "bwrap", t0, t0.plusSeconds(90),
                RunStatus.DONE, null, 100, 300, 150_000);
        Turn turn1 = new Turn(1, t0, t0.plusMillis(1500),
                List.of(new ChatMessage.System("sys"), new ChatMessage.User("task", "Task — ünïcode \"quoted\"\n\ttab")),
                "Looking", "reasoning text", List.of(new ToolCallRecord("c1", "shell", "{\"command\":\"ls\"}", true, null),
                        new ToolCallRecord("c2", "shell", "{bad", false, "arguments are not valid JSON")),
                List.of(new ToolResultRecord("c1", "shell", 0, "a\nb\n", "", 4, 0, false, false, 12, false, null),
                        ToolResultRecord.error("c2", "shell", "arguments are not valid JSON")),
                new TokenUsage(1200, 1024, 50, 30), 840, 12, 0.000123456789, List.of(), 1, "tool_calls");
        Turn turn2 = new Turn(2, t0.plusSeconds(2), t0.plusSeconds(3),
                List.of(new ChatMessage.User(ChatMessage.User.TURN_WARNING, "5 turns left")), "", "", List.of(
                        new ToolCallRecord("c3", "submit", "{\"entities\":[\"ns/Service/a\"]}", true, null)),
                List.of(new ToolResultRecord("c3", "submit", null, null, null, 0, 0, false, false, 0, false, null)),
                TokenUsage.ZERO, 10, 0, null, List.of(new TrimRecord("c1", 4, 200000, 150000, "budget")), 0, null);
        return new Trajectory(Trajectory.SCHEMA, run, List.of(turn1, turn2),
                new Submission(List.of("ns/Service/a"), "because", true));
    }

    @Test
    void jsonRoundTripsExactly() {
        Trajectory t = sample();
        String json = TrajectoryIO.toJson(t);
        assertTrue(json.contains("\"schema\" : \"srebench.trajectory/1\""), json);
        assertTrue(json.contains("\"role\" : \"system\""), json);
        assertEquals(t, TrajectoryIO.fromJson(json, "x.json"));
    }

    @Test
    void jsonlHasHeaderTurnsFooterAndRoundTripsExactly() {
        Trajectory t = sample();
        String jsonl = TrajectoryIO.toJsonl(t);
        String[] lines = jsonl.split("\n");
        assertEquals(4, lines.length);
        assertTrue(lines[0].startsWith("{\"type\":\"header\",\"schema\":\"srebench.trajectory/1\""), lines[0]);
        assertTrue(lines[3].startsWith("{\"type\":\"footer\""), lines[3]);
        assertEquals(t, TrajectoryIO.fromJsonl(jsonl, "x.jsonl"));
    }

    @Test
    void jsonlWithoutFooterIsARunStillGoing() {
        String jsonl = TrajectoryIO.toJsonl(sample());
        String partial = jsonl.substring(0, jsonl.lastIndexOf("{\"type\":\"footer\""));
        Trajectory t = TrajectoryIO.fromJsonl(partial, "x.jsonl");
        assertNull(t.run().status());
        assertNull(t.submission());
        assertEquals(2, t.turns().size());
    }

    @Test
    void filesRoundTripByExtension(@TempDir Path dir) throws Exception {
        Trajectory t = sample();
        for (String name : List.of("a.json", "a.jsonl")) {
            TrajectoryIO.write(t, dir.resolve(name));
            assertEquals(t, TrajectoryIO.read(dir.resolve(name)));
        }
    }

    @Test
    void badInputNamesTheFileAndLine() {
        BadInputException schema = assertThrows(BadInputException.class,
                () -> TrajectoryIO.fromJson("{\"schema\":\"other/9\",\"run\":{}}", "t.json"));
        assertTrue(schema.getMessage().startsWith("t.json: schema: expected"), schema.getMessage());
        String jsonl = TrajectoryIO.toJsonl(sample());
        String broken = jsonl.replaceFirst("\\{\"type\":\"turn\"", "{\"type\":\"turn\",,");
        BadInputException line = assertThrows(BadInputException.class, () -> TrajectoryIO.fromJsonl(broken, "t.jsonl"));
        assertTrue(line.getMessage().startsWith("t.jsonl:2: malformed JSON"), line.getMessage());
        assertThrows(BadInputException.class, () -> TrajectoryIO.fromJsonl("", "empty.jsonl"));
    }

    @Test
    void totalsAddUpAndUnknownCostPropagates() {
        Trajectory t = sample();
        assertEquals(new TokenUsage(1200, 1024, 50, 30), t.totalUsage());
        assertNull(t.totalCostUsd(), "turn 2 has an unknown price");
    }
}
