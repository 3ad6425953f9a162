package io.srebench.studio.endpoints;

import io.srebench.agent.model.Endpoint;
import io.srebench.agent.model.EndpointConfig;
import io.srebench.agent.model.EndpointKind;
import io.srebench.agent.model.EnvLookup;
import io.srebench.agent.model.Prices;
import io.srebench.common.Text;
import io.srebench.studio.app.BackgroundExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the endpoints settings: the configured endpoints and the form of the one being added or edited.
 * Saves through {@link EndpointConfig} ({@code <config dir>/endpoints.json}). It handles the NAME of the
 * environment variable holding a key, never a key: {@link #warningProperty()} says when that variable is
 * unset here. The connection test runs on the background executor.
 */
public final class EndpointsViewModel {
    /** Reasoning effort choices; empty means the provider default. */
    public static final List<String> EFFORTS = List.of("", "minimal", "low", "medium", "high");
    private static final Set<String> EFFORT_SET = Set.copyOf(EFFORTS);

    private final EndpointConfig config;
    private final EnvLookup env;
    private final BackgroundExecutor executor;
    private final ConnectionTester tester;
    private final ObservableList<Endpoint> endpoints = FXCollections.observableArrayList();
    private final StringProperty editing = new SimpleStringProperty();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<EndpointKind> kind = new SimpleObjectProperty<>(EndpointKind.OPENAI);
    private final StringProperty baseUrl = new SimpleStringProperty("");
    private final StringProperty model = new SimpleStringProperty("");
    private final StringProperty apiKeyEnv = new SimpleStringProperty("");
    private final StringProperty priceInput = new SimpleStringProperty("");
    private final StringProperty priceCached = new SimpleStringProperty("");
    private final StringProperty priceOutput = new SimpleStringProperty("");
    private final StringProperty reasoningEffort = new SimpleStringProperty("");
    private final StringProperty maxTokens = new SimpleStringProperty("");
    private final StringProperty warning = new SimpleStringProperty("");
    private final StringProperty problems = new SimpleStringProperty("");
    private final StringProperty testResult = new SimpleStringProperty("");
    private final BooleanProperty testing = new SimpleBooleanProperty();

    public EndpointsViewModel(EndpointConfig config, EnvLookup env, BackgroundExecutor executor, ConnectionTester tester) {
        this.config = Objects.requireNonNull(config);
        this.env = Objects.requireNonNull(env);
        this.executor = Objects.requireNonNull(executor);
        this.tester = Objects.requireNonNull(tester);
        endpoints.setAll(config.endpoints());
        apiKeyEnv.addListener((o, a, b) -> warning.set(envWarning()));
        // switching the kind swaps a default key variable for the new kind's; one the user typed stays
        kind.addListener((o, a, b) -> {
            String current = apiKeyEnv.get() == null ? "" : apiKeyEnv.get().trim();
            if (b != null && (current.isEmpty() || current.equals(defaultKeyVariable(a)))) {
                apiKeyEnv.set(defaultKeyVariable(b));
            }
        });
        newEndpoint();
    }

    /** The usual key variable of a kind; none for OpenAI-compatible servers, which are mostly local. */
    static String defaultKeyVariable(EndpointKind k) {
        if (k == null) {
            return "";
        }
        return switch (k) {
            case OPENAI -> "OPENAI_API_KEY";
            case ANTHROPIC -> "ANTHROPIC_API_KEY";
            default -> "";
        };
    }

    /** Clears the form for a new endpoint. */
    public void newEndpoint() {
        editing.set(null);
        fill(Endpoint.of("", EndpointKind.OPENAI, null, "", "OPENAI_API_KEY"));
        name.set("");
    }

    /** Loads an endpoint into the form; saving replaces it (also when renamed). */
    public void edit(Endpoint e) {
        fill(e);
        editing.set(e.name());
    }

    private void fill(Endpoint e) {
        name.set(e.name());
        kind.set(e.kind());
        baseUrl.set(nz(e.baseUrl()));
        model.set(e.model());
        apiKeyEnv.set(nz(e.apiKeyEnv()));
        Prices p = e.prices();
        priceInput.set(p == null ? "" : num(p.input()));
        priceCached.set(p == null || p.cachedInput() == null ? "" : num(p.cachedInput()));
        priceOutput.set(p == null ? "" : num(p.output()));
        reasoningEffort.set(nz(e.reasoningEffort()));
        maxTokens.set(e.maxTokens() == null ? "" : e.maxTokens().toString());
        warning.set(envWarning());
        problems.set("");
        testResult.set("");
    }

    /** What is wrong with the form, one line each; empty when it can be saved. */
    public List<String> validate() {
        List<String> out = new ArrayList<>();
        String n = name.get().trim();
        if (n.isEmpty()) {
            out.add("name: required");
        } else if (!n.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            out.add("name: letters, digits, '.', '_' and '-' only");
        } else if (!n.equals(editing.get()) && config.find(n).isPresent()) {
            out.add("name: an endpoint \"" + n + "\" already exists");
        }
        if (kind.get() == null) {
            out.add("kind: required");
        }
        if (model.get().isBlank()) {
            out.add("model: required");
        }
        String url = baseUrl.get().trim();
        if (!url.isEmpty() && !url.matches("https?://\\S+")) {
            out.add("base URL: must start with http:// or https://");
        }
        if (kind.get() == EndpointKind.OPENAI_COMPATIBLE && url.isEmpty()) {
            out.add("base URL: required for openai-compatible servers (e.g. http://localhost:11434/v1)");
        }
        String var = apiKeyEnv.get().trim();
        if (!var.isEmpty() && !var.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            out.add("key variable: a variable NAME such as OPENAI_API_KEY, not the key itself");
        }
        if (var.isEmpty() && kind.get() != EndpointKind.OPENAI_COMPATIBLE) {
            out.add("key variable: required for " + (kind.get() == null ? "this kind" : kind.get().id()));
        }
        boolean anyPrice = !priceInput.get().isBlank() || !priceCached.get().isBlank() || !priceOutput.get().isBlank();
        if (anyPrice) {
            price(out, "input price", priceInput.get(), true);
            price(out, "cached input price", priceCached.get(), false);
            price(out, "output price", priceOutput.get(), true);
        }
        if (!EFFORT_SET.contains(reasoningEffort.get() == null ? "" : reasoningEffort.get())) {
            out.add("reasoning effort: one of minimal, low, medium, high (or empty)");
        }
        if (!maxTokens.get().isBlank()) {
            try {
                if (Integer.parseInt(maxTokens.get().trim()) < 1) {
                    out.add("max tokens: must be at least 1");
                }
            } catch (NumberFormatException e) {
                out.add("max tokens: not a whole number");
            }
        }
        return out;
    }

    private static void price(List<String> out, String field, String text, boolean required) {
        if (text.isBlank()) {
            if (required) {
                out.add(field + ": required when any price is given");
            }
            return;
        }
        try {
            if (Double.parseDouble(text.trim()) < 0) {
                out.add(field + ": must not be negative");
            }
        } catch (NumberFormatException e) {
            out.add(field + ": not a number");
        }
    }

    /** A warning when the named key variable is not set in this process's environment, else empty. */
    public String envWarning() {
        String var = apiKeyEnv.get() == null ? "" : apiKeyEnv.get().trim();
        if (var.isEmpty() || !var.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            return "";
        }
        String v = env.get(var);
        return v == null || v.isBlank() ? "environment variable " + var + " is not set: runs on this endpoint will fail"
                + " until it is (set it before starting the studio)" : "";
    }

    /** The form as an endpoint; throws IllegalArgumentException with the first problem when invalid. */
    public Endpoint toEndpoint() {
        List<String> p = validate();
        if (!p.isEmpty()) {
            throw new IllegalArgumentException(p.get(0));
        }
        Prices prices = priceInput.get().isBlank() ? null : new Prices(Double.parseDouble(priceInput.get().trim()),
                priceCached.get().isBlank() ? null : Double.parseDouble(priceCached.get().trim()),
                Double.parseDouble(priceOutput.get().trim()));
        return new Endpoint(name.get().trim(), kind.get(), blankToNull(baseUrl.get()), model.get().trim(),
                blankToNull(apiKeyEnv.get()), prices, blankToNull(reasoningEffort.get()),
                maxTokens.get().isBlank() ? null : Integer.valueOf(maxTokens.get().trim()), null, null);
    }

    /** Validates and saves the form; returns false (with {@link #problemsProperty()} set) when invalid. */
    public boolean save() {
        List<String> p = validate();
        problems.set(String.join("\n", p));
        if (!p.isEmpty()) {
            return false;
        }
        Endpoint e = toEndpoint();
        String before = editing.get();
        try {
            if (before != null && !before.equals(e.name())) {
                config.remove(before);
            }
            config.put(e);
        } catch (RuntimeException ex) {
            problems.set("cannot save: " + ex.getMessage());
            return false;
        }
        endpoints.setAll(config.endpoints());
        editing.set(e.name());
        return true;
    }

    /** Removes an endpoint and saves; clears the form when it was being edited. */
    public void remove(String endpointName) {
        try {
            config.remove(endpointName);
        } catch (RuntimeException ex) {
            problems.set("cannot save: " + ex.getMessage());
            return;
        }
        endpoints.setAll(config.endpoints());
        if (endpointName.equals(editing.get())) {
            newEndpoint();
        }
    }

    /** Sends one tiny request with the form's settings; the one-line outcome lands in {@link #testResultProperty()}. */
    public void testConnection() {
        Endpoint e;
        try {
            e = toEndpoint();
        } catch (IllegalArgumentException ex) {
            testResult.set("cannot test: " + ex.getMessage());
            return;
        }
        testing.set(true);
        testResult.set("testing " + e.model() + "…");
        executor.submit("test " + e.name(), () -> tester.test(e), ok -> {
            testing.set(false);
            testResult.set(ok);
        }, fail -> {
            testing.set(false);
            testResult.set("failed: " + Text.oneLine(fail));
        });
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String num(double d) {
        return d == Math.rint(d) ? String.format(Locale.ROOT, "%.1f", d) : Double.toString(d);
    }

    public ObservableList<Endpoint> endpoints() {
        return endpoints;
    }

    public ReadOnlyStringProperty editingProperty() {
        return editing;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<EndpointKind> kindProperty() {
        return kind;
    }

    public StringProperty baseUrlProperty() {
        return baseUrl;
    }

    public StringProperty modelProperty() {
        return model;
    }

    public StringProperty apiKeyEnvProperty() {
        return apiKeyEnv;
    }

    public StringProperty priceInputProperty() {
        return priceInput;
    }

    public StringProperty priceCachedProperty() {
        return priceCached;
    }

    public StringProperty priceOutputProperty() {
        return priceOutput;
    }

    public StringProperty reasoningEffortProperty() {
        return reasoningEffort;
    }

    public StringProperty maxTokensProperty() {
        return maxTokens;
    }

    public ReadOnlyStringProperty warningProperty() {
        return warning;
    }

    public ReadOnlyStringProperty problemsProperty() {
        return problems;
    }

    public ReadOnlyStringProperty testResultProperty() {
        return testResult;
    }

    public ReadOnlyBooleanProperty testingProperty() {
        return testing;
    }
}
