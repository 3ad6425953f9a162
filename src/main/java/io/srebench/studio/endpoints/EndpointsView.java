package io.srebench.studio.endpoints;

import io.srebench.agent.model.Endpoint;
import io.srebench.agent.model.EndpointKind;
import io.srebench.studio.app.Subscriptions;
import javafx.collections.FXCollections;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Endpoints settings: the list of configured endpoints on the left, the form on the right. There is no
 * field for a key, only for the NAME of the environment variable that holds it. Only binds to
 * {@link EndpointsViewModel}; {@link #dispose()} releases the bindings.
 */
public final class EndpointsView extends BorderPane {
    private final EndpointsViewModel vm;
    private final Subscriptions subs = new Subscriptions();
    private final ListView<Endpoint> list = new ListView<>();

    public EndpointsView(EndpointsViewModel vm) {
        this.vm = vm;
        setId("endpoints");
        list.setId("endpoint-list");
        list.setItems(vm.endpoints());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Endpoint e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.name() + "  (" + e.kind().id() + ", " + e.model() + ")");
            }
        });
        subs.onChange(list.getSelectionModel().selectedItemProperty(), (o, a, b) -> {
            if (b != null) {
                vm.edit(b);
            }
        });
        list.setPrefWidth(260);
        Button add = new Button("New");
        add.setId("endpoint-new");
        add.setOnAction(e -> {
            list.getSelectionModel().clearSelection();
            vm.newEndpoint();
        });
        Button remove = new Button("Remove");
        remove.setId("endpoint-remove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        subs.add(remove.disableProperty()::unbind);
        remove.setOnAction(e -> {
            Endpoint sel = list.getSelectionModel().getSelectedItem();
            if (sel != null) {
                vm.remove(sel.name());
            }
        });
        VBox left = new VBox(6, list, new HBox(6, add, remove));
        left.setPadding(new Insets(8));
        setLeft(left);

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.setPadding(new Insets(8));
        int row = 0;
        form.addRow(row++, new Label("Name"), field("ep-name", vm.nameProperty(), "e.g. gpt41"));
        ComboBox<EndpointKind> kind = new ComboBox<>();
        kind.setId("ep-kind");
        kind.getItems().setAll(EndpointKind.values());
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(EndpointKind k) {
                return k == null ? "" : k.id();
            }

            @Override
            public EndpointKind fromString(String s) {
                return s == null || s.isBlank() ? null : EndpointKind.of(s);
            }
        });
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        subs.add(() -> kind.valueProperty().unbindBidirectional(vm.kindProperty()));
        form.addRow(row++, new Label("Kind"), kind);
        form.addRow(row++, new Label("Base URL"), field("ep-url", vm.baseUrlProperty(), "provider default"));
        form.addRow(row++, new Label("Model"), field("ep-model", vm.modelProperty(), "e.g. gpt-4.1"));
        form.addRow(row++, new Label("Key variable"), field("ep-keyenv", vm.apiKeyEnvProperty(),
                "environment variable NAME, e.g. OPENAI_API_KEY"));
        form.addRow(row++, new Label("USD / M input"), field("ep-price-in", vm.priceInputProperty(), "price table"));
        form.addRow(row++, new Label("USD / M cached"), field("ep-price-cached", vm.priceCachedProperty(), "= input"));
        form.addRow(row++, new Label("USD / M output"), field("ep-price-out", vm.priceOutputProperty(), "price table"));
        ComboBox<String> effort = new ComboBox<>();
        effort.setId("ep-effort");
        effort.getItems().setAll(EndpointsViewModel.EFFORTS);
        effort.valueProperty().bindBidirectional(vm.reasoningEffortProperty());
        subs.add(() -> effort.valueProperty().unbindBidirectional(vm.reasoningEffortProperty()));
        form.addRow(row++, new Label("Reasoning effort"), effort);
        form.addRow(row++, new Label("Max tokens"), field("ep-max-tokens", vm.maxTokensProperty(), "default"));
        Label warning = bound("ep-warning", vm.warningProperty());
        warning.setStyle("-fx-text-fill: #b26a00;");
        // wrap inside the form instead of ending in "…"
        warning.setMaxWidth(460);
        warning.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        form.add(warning, 0, row++, 2, 1);
        Label problems = bound("ep-problems", vm.problemsProperty());
        problems.setStyle("-fx-text-fill: #c62828;");
        form.add(problems, 0, row++, 2, 1);
        Button save = new Button("Save");
        save.setId("endpoint-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> {
            if (vm.save()) {
                String n = vm.editingProperty().get();
                vm.endpoints().stream().filter(x -> x.name().equals(n)).findFirst()
                        .ifPresent(x -> list.getSelectionModel().select(x));
            }
        });
        Button test = new Button("Test connection");
        test.setId("endpoint-test");
        test.disableProperty().bind(vm.testingProperty());
        subs.add(test.disableProperty()::unbind);
        test.setOnAction(e -> vm.testConnection());
        form.add(new HBox(8, save, test), 0, row++, 2, 1);
        form.add(bound("ep-test-result", vm.testResultProperty()), 0, row, 2, 1);
        setCenter(form);
    }

    private TextField field(String id, StringProperty p, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(28);
        f.textProperty().bindBidirectional(p);
        subs.add(() -> f.textProperty().unbindBidirectional(p));
        return f;
    }

    private Label bound(String id, ObservableStringValue v) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.textProperty().bind(v);
        subs.add(l.textProperty()::unbind);
        return l;
    }

    public void dispose() {
        subs.releaseAll();
        list.setItems(FXCollections.observableArrayList());
    }
}
