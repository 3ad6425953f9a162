package io.srebench.studio.endpoints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.agent.model.Endpoint;
import io.srebench.agent.model.EndpointConfig;
import io.srebench.studio.app.BackgroundExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class EndpointsViewTest {
    private static final String SECRET = "sk-should-never-be-written-0123456789";

    private Path file;
    private EndpointsView view;

    @Start
    void start(Stage stage) throws Exception {
        file = Files.createTempDirectory("endpoints-view").resolve("endpoints.json");
        EndpointsViewModel vm = new EndpointsViewModel(EndpointConfig.load(file), Map.of("MY_KEY", SECRET)::get,
                BackgroundExecutor.direct(), e -> "connected to " + e.model());
        view = new EndpointsView(vm);
        stage.setScene(new Scene(view, 900, 560));
        stage.show();
    }

    private static void type(FxRobot robot, String id, String text) {
        TextField f = robot.lookup(id).query();
        robot.interact(() -> f.setText(text));
    }

    @Test
    void addEditRemoveWritesTheFileWithoutAnyKey(FxRobot robot) throws Exception {
        robot.clickOn("#ep-name").write("local");
        type(robot, "#ep-model", "gpt-4.1-mini");
        type(robot, "#ep-keyenv", "UNSET_VAR_X");
        assertTrue(robot.lookup("#ep-warning").queryLabeled().getText().contains("UNSET_VAR_X is not set"));
        type(robot, "#ep-keyenv", "MY_KEY");
        assertEquals("", robot.lookup("#ep-warning").queryLabeled().getText());
        type(robot, "#ep-price-in", "0.4");
        type(robot, "#ep-price-out", "1.6");
        robot.clickOn("#endpoint-save");
        assertEquals("", robot.lookup("#ep-problems").queryLabeled().getText());
        String json = Files.readString(file);
        assertTrue(json.contains("\"name\" : \"local\""), json);
        assertFalse(json.contains(SECRET), json);
        robot.clickOn("#endpoint-test");
        assertEquals("connected to gpt-4.1-mini", robot.lookup("#ep-test-result").queryLabeled().getText());

        ListView<Endpoint> list = robot.lookup("#endpoint-list").queryListView();
        assertEquals(1, list.getItems().size());
        robot.interact(() -> list.getSelectionModel().select(0));
        assertEquals("local", robot.lookup("#ep-name").queryAs(TextField.class).getText());
        type(robot, "#ep-model", "gpt-4.1");
        robot.clickOn("#endpoint-save");
        assertEquals("gpt-4.1", EndpointConfig.load(file).find("local").orElseThrow().model());

        robot.clickOn("#endpoint-new");
        type(robot, "#ep-name", "local");
        type(robot, "#ep-model", "other");
        robot.clickOn("#endpoint-save");
        assertTrue(robot.lookup("#ep-problems").queryLabeled().getText().contains("already exists"));

        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#endpoint-remove");
        assertTrue(EndpointConfig.load(file).endpoints().isEmpty());
        assertTrue(list.getItems().isEmpty());
        assertFalse(Files.readString(file).contains(SECRET));
    }
}
