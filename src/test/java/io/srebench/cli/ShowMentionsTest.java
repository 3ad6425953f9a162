package io.srebench.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.run.NewRun;
import io.srebench.trajectory.RunStatus;
import io.srebench.run.ScoreRecord;
import io.srebench.store.SqliteStore;
import io.srebench.studio.kit.RunViewFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's show uses the shared mention model: a short root cause is found in the turn that greps it. */
class ShowMentionsTest {
    @TempDir
    Path dir;

    @Test
    void showNamesTheFirstTurnThatMentionsEachScoredEntity() {
        Path db = dir.resolve("s.db");
        String ad = "otel-demo/Service/ad";
        String cart = "otel-demo/Service/cart";
        try (SqliteStore s = SqliteStore.open(db)) {
            long id = s.createRun(new NewRun(0, "t", "model", "m", 1, "{}"));
            s.markRunning(id, "process", RunViewFixture.T0);
            RunViewFixture.appendTurns(s, id, List.of(
                    RunViewFixture.shell(1, "grep -ci ad logs.tsv", 0, "ad-5d8f7c9b4-x2x7k 12\n", ""),
                    RunViewFixture.shell(2, "grep valkey-cart logs.tsv", 0, "valkey-cart ok\n", "")), 0);
            s.finishRun(id, RunStatus.DONE, null, "{\"entities\":[\"" + ad + "\"]}", RunViewFixture.T0.plusSeconds(9));
            s.putScore(id, new ScoreRecord("set", 1.0, 1.0, 1.0, "{\"score\":1.0,\"recall\":0.5,\"precision\":1.0,"
                    + "\"variant\":\"set\",\"rows\":[{\"index\":0,\"entity\":\"" + ad + "\",\"outcome\":\"hit\",\"rank\":1}],"
                    + "\"missed\":[{\"id\":\"" + cart + "\",\"entity\":\"" + cart + "\"}]}"), true);
        }
        CliRunner r = CliRunner.run("show", "1", "--db", db.toString());
        assertTrue(r.out().contains(ad + "  · first named at turn 1"), r.out());
        assertTrue(r.out().contains(cart + "  · named in no turn"), r.out());
    }
}
