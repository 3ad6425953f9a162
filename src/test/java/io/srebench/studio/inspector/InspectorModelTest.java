package io.srebench.studio.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.studio.kit.RunViewFixture;
import io.srebench.studio.kit.InspectedTurn;
import io.srebench.task.mention.MentionMatcher;
import io.srebench.run.TurnRecord;
import io.srebench.studio.kit.alerts.AlertTimeline;
import io.srebench.studio.kit.topology.EntityGraph;
import io.srebench.studio.inspector.transcript.TranscriptBlock;
import io.srebench.studio.inspector.transcript.TranscriptBlocks;
import io.srebench.studio.inspector.transcript.TranscriptBuilder;
import io.srebench.studio.inspector.transcript.TranscriptDoc;
import io.srebench.task.snapshot.Alerts;
import io.srebench.trajectory.TrajectoryIO;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inspector's pure pieces: name matching, the alert timeline rule, transcript layout, entity lookup. */
class InspectorModelTest {
    @TempDir
    Path dir;

    @Test
    void namesMatchOnlyAsWholeNames() {
        MentionMatcher m = new MentionMatcher(List.of("frontend", "Frontend-Proxy", "ad"));
        assertEquals(Set.of("frontend"), m.present("kubectl logs svc/frontend.otel-demo"));
        assertEquals(Set.of("frontend-proxy"), m.present("deploy FRONTEND-PROXY is slow"));
        assertEquals(Set.of(), m.present("myfrontend frontend_2 frontends"));
        assertEquals(Set.of("ad"), m.present("grep -i ad; kubectl logs ad-5d8f7c9b4-x2x7k"), "short names as tokens");
        assertEquals(Set.of(), m.present("load adservice"));
        List<int[]> spans = m.spans("a frontend-proxy and frontend");
        assertEquals(2, spans.size());
        assertEquals(2, spans.get(0)[0]);
        assertEquals(16, spans.get(0)[1]);
    }

    @Test
    void alertTimelineMapsTurnsOntoPolls() throws Exception {
        RunViewFixture.writeSnapshot(dir);
        AlertTimeline t = AlertTimeline.of(Alerts.readAll(dir));
        assertEquals(2, t.polls().size());
        assertEquals(0, t.pollAt(0, 10, -1));
        assertEquals(0, t.pollAt(4, 10, -1));
        assertEquals(1, t.pollAt(5, 10, -1));
        assertEquals(1, t.pollAt(9, 10, -1));
        assertEquals(0, t.pollAt(9, 10, 0), "a read file wins over the proportional rule");
        assertEquals(0, t.newestPollRead("cat alerts/" + RunViewFixture.POLL_1 + " | jq ."));
        assertEquals(1, t.newestPollRead("jq . alerts/*.json"));
        assertEquals(-1, t.newestPollRead("ls alerts/"));
        assertEquals(3, t.rows().size());
        assertTrue(t.start().isBefore(t.timeOf(0)), "the timeline starts at the earliest activeAt");
    }

    @Test
    void transcriptCollapsesLongOutputsAndStylesCoverTheText() {
        InspectedTurn turn = InspectedTurn.parse(new TurnRecord(3, RunViewFixture.T0,
                TrajectoryIO.turnLine(RunViewFixture.turns().get(3)), ""));
        List<TranscriptBlock> blocks = TranscriptBlocks.of(turn);
        assertTrue(blocks.get(0).text().startsWith("━━ turn 4 · "));
        assertTrue(blocks.get(0).text().contains("tokens in 4,000 (cached 500) out 120 (reasoning 30)"));
        assertTrue(blocks.stream().anyMatch(b -> b.kind() == TranscriptBlock.Kind.ERROR && b.text().contains("exit 1")));
        assertTrue(blocks.stream().anyMatch(b -> b.kind() == TranscriptBlock.Kind.STDERR));
        MentionMatcher entities = new MentionMatcher(List.of("checkout"));
        TranscriptDoc doc = TranscriptBuilder.build(List.of(blocks), Set.of(), entities, List.of());
        assertEquals(doc.text().length(), Arrays.stream(doc.runLengths()).sum());
        assertEquals(1, doc.toggles().size());
        String stdout = blocks.stream().filter(b -> b.kind() == TranscriptBlock.Kind.STDOUT).findFirst().orElseThrow().id();
        assertTrue(doc.runStyles().stream().anyMatch(s -> s.contains("t-entity")));
        TranscriptDoc open = TranscriptBuilder.build(List.of(blocks), Set.of(stdout), entities, List.of());
        assertTrue(open.text().contains("needle-in-the-tail"));
        assertTrue(open.text().contains("[- collapse 49 lines]"));
        assertEquals(0, open.turnFirstParagraph()[0]);
        assertTrue(open.turnLastParagraph()[0] > doc.turnLastParagraph()[0]);
    }

    @Test
    void truncationIsShownWithTheDroppedCount() {
        var call = new io.srebench.trajectory.ToolCallRecord("c", "shell", "{\"command\":\"cat big\"}", true, null);
        var res = new io.srebench.trajectory.ToolResultRecord("c", "shell", 0,
                "head\n[... 12345 characters truncated ...]\ntail", "", 12_400, 0, true, false, 5, false, null);
        var t = new io.srebench.trajectory.Turn(1, RunViewFixture.T0, RunViewFixture.T0, List.of(), "", "",
                List.of(call), List.of(res), null, 0, 0, null, List.of(), 0, null);
        List<TranscriptBlock> blocks = TranscriptBlocks.of(InspectedTurn.parse(new TurnRecord(0, RunViewFixture.T0,
                TrajectoryIO.turnLine(t), "")));
        assertTrue(blocks.stream().anyMatch(b -> b.text().contains("stdout truncated: 12,345 of 12,400 chars dropped")));
        TranscriptDoc doc = TranscriptBuilder.build(List.of(blocks), Set.of(), new MentionMatcher(List.of()), List.of());
        assertTrue(doc.runStyles().stream().anyMatch(s -> s.contains("t-truncated")));
        assertTrue(blocks.get(0).text().contains("cost ?"), "unknown price");
    }

    @Test
    void entitiesAreFoundByFullRefKindNameOrBareName() {
        EntityGraph g = new EntityGraph(List.of(new EntityGraph.Node(EntityGraph.key("Service", "ns", "api"), "Service", "api",
                "ns"), new EntityGraph.Node(EntityGraph.key("Deployment", "ns", "api"), "Deployment", "api", "ns")), List.of());
        assertEquals("Deployment", g.find("ns/Deployment/api").orElseThrow().kind());
        assertEquals("Deployment", g.find("deployments/API").orElseThrow().kind());
        assertEquals("Service", g.find("api").orElseThrow().kind());
        assertFalse(g.find("ns/Pod/api").isPresent());
    }
}
