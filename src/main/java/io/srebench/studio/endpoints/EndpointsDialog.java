package io.srebench.studio.endpoints;

import io.srebench.agent.model.EndpointConfig;
import io.srebench.agent.model.EnvLookup;
import io.srebench.studio.app.BackgroundExecutor;
import io.srebench.studio.app.DialogStages;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the endpoints settings in their own window; the view is disposed when the window closes. */
public final class EndpointsDialog {
    private EndpointsDialog() {
    }

    /** Shows the settings for {@code config} (the workbench's, so new endpoints are usable at once). */
    public static Stage show(Window owner, EndpointConfig config, BackgroundExecutor executor) {
        // what other tools or editors wrote since the config was read is what the dialog edits
        config.reload();
        EndpointsView view = new EndpointsView(new EndpointsViewModel(config, EnvLookup.SYSTEM, executor,
                ConnectionTester.PROVIDERS));
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle("Endpoints — " + config.file());
        stage.setScene(new Scene(DialogStages.withCloseBar(view, stage, "Close", "endpoints-close"), 860, 560));
        stage.setOnHidden(e -> view.dispose());
        stage.show();
        return stage;
    }
}
