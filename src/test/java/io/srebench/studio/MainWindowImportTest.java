package io.srebench.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.studio.kit.TestWindows;
import io.srebench.run.RunQuery;
import io.srebench.run.RunSummary;
import io.srebench.store.SqliteStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Files dropped on the studio are imported as runs; a malformed one is refused and leaves nothing behind. */
@ExtendWith(ApplicationExtension.class)
class MainWindowImportTest {
    private static final String ATIF = """
            {"schema_version":"ATIF-v1.6","session_id":"run-7",
             "agent":{"name":"my-agent","version":"0.3.0","model_name":"gpt-5"},
             "steps":[{"step_id":1,"source":"user","message":"Find the root cause"},
                      {"step_id":2,"source":"agent","message":"","timestamp":"2026-02-09T08:20:06Z",
                       "tool_calls":[{"tool_call_id":"c1","function_name":"bash","arguments":{"command":"ls /snapshot"}}],
                       "observation":{"results":[{"source_call_id":"c1","content":"alerts\\n"}]},
                       "metrics":{"prompt_tokens":900,"completion_tokens":12,"cached_tokens":640,"cost_usd":0.0011}}],
             "final_metrics":{"total_prompt_tokens":900,"total_completion_tokens":12,"total_steps":2}}
            """;

    private Path dir;
    @AutoClose
    private SqliteStore store;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("drop");
        store = SqliteStore.open(dir.resolve("s.db"));
        window = TestWindows.mainWindow(store);
        TestWindows.show(stage, window, 1200, 700);
    }

    @Test
    void droppedFilesAreImportedAsRuns(FxRobot robot) throws Exception {
        Path good = Files.writeString(dir.resolve("trajectory.json"), ATIF);
        Path bad = Files.writeString(dir.resolve("broken.json"), ATIF.substring(0, ATIF.length() / 2));
        robot.interact(() -> window.importFiles(List.of(good, bad)));
        WaitForAsyncUtils.waitForFxEvents();
        List<RunSummary> runs = store.list(RunQuery.all());
        assertEquals(1, runs.size(), "the good file becomes one run, the truncated one nothing");
        assertTrue(runs.get(0).turns() > 0, "the imported run has its turns");
        assertTrue(robot.lookup(".dialog-pane").tryQuery().isPresent(), "the outcome is shown");
        String text = robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText();
        assertTrue(text.contains("broken.json") && text.contains("trajectory.json"), text);
    }

    @Test
    void theHtmlReportCanBeWrittenFromTheStudio(FxRobot robot) throws Exception {
        Path atif = writeAtif();
        robot.interact(() -> window.importFiles(List.of(atif)));
        robot.interact(() -> robot.lookup(".dialog-pane").queryAs(DialogPane.class).getScene().getWindow().hide());
        Path out = dir.resolve("report.html");
        robot.interact(() -> window.exportHtml(out));
        WaitForAsyncUtils.waitForFxEvents();
        String html = Files.readString(out);
        assertTrue(html.contains("my-agent") || html.contains("gpt-5"), "the imported run is in the report");
        assertTrue(html.startsWith("<!DOCTYPE html>") || html.startsWith("<!doctype html>"), html.substring(0, 40));
    }

    private Path writeAtif() throws Exception {
        return Files.writeString(dir.resolve("t.json"), ATIF);
    }
}
