package io.srebench.studio.actions;

import io.srebench.agent.model.EndpointConfig;
import io.srebench.common.UserDirs;
import io.srebench.studio.app.MainWindowViewModel;
import io.srebench.studio.app.StudioContext;
import io.srebench.studio.endpoints.EndpointsDialog;
import javafx.stage.Window;

/** "Endpoints…": the model endpoints and their keys; an unreadable configuration is a one-line error. */
public final class EndpointsAction {
    private final StudioContext ctx;
    private final MainWindowViewModel vm;

    public EndpointsAction(StudioContext ctx, MainWindowViewModel vm) {
        this.ctx = ctx;
        this.vm = vm;
    }

    public void run(Window owner) {
        try {
            EndpointConfig config = ctx.workbench().map(w -> w.endpoints())
                    .orElseGet(() -> EndpointConfig.load(UserDirs.current().config().resolve("endpoints.json")));
            EndpointsDialog.show(owner, config, ctx.executor());
        } catch (RuntimeException e) {
            vm.error("Cannot open the endpoints", e);
        }
    }
}
