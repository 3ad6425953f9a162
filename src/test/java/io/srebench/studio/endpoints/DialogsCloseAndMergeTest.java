package io.srebench.studio.endpoints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.studio.kit.TestWindows;
import io.srebench.agent.model.Endpoint;
import io.srebench.agent.model.EndpointConfig;
import io.srebench.agent.model.EndpointKind;
import io.srebench.studio.app.BackgroundExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13, item 5: the endpoints dialog edits the file as it is on disk and merges on save (an endpoint written by
 * another tool is never dropped); the endpoints dialog closes with their button and with Escape.
 */
@ExtendWith(ApplicationExtension.class)
class DialogsCloseAndMergeTest {
    private Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        dir = Files.createTempDirectory("dialogs");
        TestWindows.show(stage, new TabPane(), 600, 400);
    }

    private static Endpoint ep(String name) {
        return new Endpoint(name, EndpointKind.values()[0], "http://127.0.0.1:1/v1", "m-" + name, "KEY_" + name.toUpperCase(),
                null, null, null, null, null);
    }

    private static void writeOutside(Path file, String... names) {
        EndpointConfig other = EndpointConfig.load(file.resolveSibling("scratch-" + names.length + ".json"));
        for (String n : names) {
            other.put(ep(n));
        }
        try {
            Files.copy(other.file(), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void endpointsDialogReloadsMergesAndClosesWithEscape(FxRobot robot) {
        Path file = dir.resolve("endpoints.json");
        writeOutside(file, "alpha");
        EndpointConfig config = EndpointConfig.load(file);
        writeOutside(file, "alpha", "beta");
        Stage[] dialog = new Stage[1];
        robot.interact(() -> dialog[0] = EndpointsDialog.show(stage, config, BackgroundExecutor.direct()));
        ListView<Endpoint> list = robot.lookup("#endpoint-list").queryListView();
        assertEquals(List.of("alpha", "beta"), list.getItems().stream().map(Endpoint::name).toList(),
                "opened on the file as it is now");
        writeOutside(file, "alpha", "beta", "gamma");
        robot.clickOn("#endpoint-new");
        robot.interact(() -> {
            robot.lookup("#ep-name").queryAs(TextField.class).setText("delta");
            robot.lookup("#ep-model").queryAs(TextField.class).setText("m");
            robot.lookup("#ep-keyenv").queryAs(TextField.class).setText("KEY_D");
        });
        robot.clickOn("#endpoint-save");
        assertEquals(List.of("alpha", "beta", "gamma", "delta"),
                EndpointConfig.load(file).endpoints().stream().map(Endpoint::name).toList(),
                "gamma, written while the dialog was open, is kept");
        assertTrue(robot.lookup("#endpoints-close").tryQuery().isPresent(), "a Close button");
        robot.clickOn("#ep-model");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialog[0].isShowing(), "Escape closes the endpoints dialog");
        robot.interact(() -> dialog[0] = EndpointsDialog.show(stage, config, BackgroundExecutor.direct()));
        robot.clickOn("#endpoints-close");
        assertFalse(dialog[0].isShowing(), "Close closes it");
    }
}
