package io.srebench.studio.endpoints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.agent.model.Endpoint;
import io.srebench.agent.model.EndpointConfig;
import io.srebench.agent.model.EndpointKind;
import io.srebench.studio.app.BackgroundExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EndpointsViewModelTest {
    private static final Map<String, String> ENV = Map.of("SET_KEY", "sk-test-123456");

    @TempDir
    Path dir;

    private EndpointsViewModel vm(EndpointConfig c, ConnectionTester t) {
        return new EndpointsViewModel(c, ENV::get, BackgroundExecutor.direct(), t);
    }

    private static void form(EndpointsViewModel vm, String name, String model, String keyEnv) {
        vm.nameProperty().set(name);
        vm.kindProperty().set(EndpointKind.OPENAI);
        vm.modelProperty().set(model);
        vm.apiKeyEnvProperty().set(keyEnv);
    }

    @Test
    void savesWithoutAnyKeyAndReloads() throws IOException {
        Path file = dir.resolve("endpoints.json");
        EndpointsViewModel vm = vm(EndpointConfig.load(file), e -> "ok");
        form(vm, "gpt41", "gpt-4.1", "SET_KEY");
        vm.priceInputProperty().set("2");
        vm.priceCachedProperty().set("0.5");
        vm.priceOutputProperty().set("8");
        vm.reasoningEffortProperty().set("low");
        vm.maxTokensProperty().set("4096");
        assertEquals("", vm.warningProperty().get());
        assertTrue(vm.save(), vm.problemsProperty().get());
        String json = Files.readString(file);
        assertFalse(json.contains("sk-test"), json);
        assertTrue(json.contains("\"apiKeyEnv\" : \"SET_KEY\""), json);
        Endpoint back = EndpointConfig.load(file).find("gpt41").orElseThrow();
        assertEquals(8.0, back.prices().output());
        assertEquals(0.5, back.prices().cachedInput());
        assertEquals("low", back.reasoningEffort());
        assertEquals(4096, back.maxTokens());
        assertEquals(1, vm.endpoints().size());
    }

    @Test
    void duplicateNamesAreRefusedButEditingKeepsItsName() {
        EndpointConfig c = EndpointConfig.load(dir.resolve("endpoints.json"));
        EndpointsViewModel vm = vm(c, e -> "ok");
        form(vm, "a", "gpt-4.1", "SET_KEY");
        assertTrue(vm.save());
        vm.newEndpoint();
        form(vm, "a", "gpt-4o", "SET_KEY");
        assertFalse(vm.save());
        assertTrue(vm.problemsProperty().get().contains("already exists"), vm.problemsProperty().get());
        vm.edit(c.find("a").orElseThrow());
        vm.modelProperty().set("gpt-5");
        assertTrue(vm.save(), vm.problemsProperty().get());
        assertEquals("gpt-5", c.find("a").orElseThrow().model());
        // renaming while editing replaces the old entry
        vm.nameProperty().set("b");
        assertTrue(vm.save());
        assertEquals(List.of("b"), c.endpoints().stream().map(Endpoint::name).toList());
        vm.remove("b");
        assertTrue(c.endpoints().isEmpty());
        assertEquals("", vm.nameProperty().get());
    }

    @Test
    void warnsWhenTheNamedVariableIsUnsetAndRefusesKeysInTheNameField() {
        EndpointsViewModel vm = vm(EndpointConfig.load(dir.resolve("e.json")), e -> "ok");
        form(vm, "x", "claude-sonnet-4-5", "NOT_SET_ANYWHERE");
        assertTrue(vm.warningProperty().get().contains("NOT_SET_ANYWHERE is not set"), vm.warningProperty().get());
        vm.apiKeyEnvProperty().set("SET_KEY");
        assertEquals("", vm.warningProperty().get());
        vm.apiKeyEnvProperty().set("sk-ant-api03-abc");
        assertTrue(vm.validate().stream().anyMatch(p -> p.startsWith("key variable")), vm.validate().toString());
    }

    @Test
    void switchingKindSwapsOnlyADefaultKeyVariable() {
        EndpointsViewModel vm = vm(EndpointConfig.load(dir.resolve("e.json")), e -> "ok");
        assertEquals("OPENAI_API_KEY", vm.apiKeyEnvProperty().get());
        vm.kindProperty().set(EndpointKind.ANTHROPIC);
        assertEquals("ANTHROPIC_API_KEY", vm.apiKeyEnvProperty().get());
        vm.kindProperty().set(EndpointKind.OPENAI_COMPATIBLE);
        assertEquals("", vm.apiKeyEnvProperty().get(), "a local server needs no key");
        assertEquals("", vm.warningProperty().get());
        vm.apiKeyEnvProperty().set("TOGETHER_KEY");
        vm.kindProperty().set(EndpointKind.OPENAI);
        assertEquals("TOGETHER_KEY", vm.apiKeyEnvProperty().get(), "a variable the user typed stays");
    }

    @Test
    void validatesFields() {
        EndpointsViewModel vm = vm(EndpointConfig.load(dir.resolve("e.json")), e -> "ok");
        vm.nameProperty().set("bad name");
        vm.kindProperty().set(EndpointKind.OPENAI_COMPATIBLE);
        vm.modelProperty().set("");
        vm.apiKeyEnvProperty().set("");
        vm.priceInputProperty().set("x");
        vm.maxTokensProperty().set("0");
        vm.reasoningEffortProperty().set("extreme");
        List<String> p = vm.validate();
        for (String field : List.of("name:", "model:", "base URL:", "input price:", "output price:", "max tokens:",
                "reasoning effort:")) {
            assertTrue(p.stream().anyMatch(s -> s.startsWith(field)), field + " in " + p);
        }
        // openai-compatible servers may need no key
        assertFalse(p.stream().anyMatch(s -> s.startsWith("key variable")), p.toString());
    }

    @Test
    void connectionTestReportsSuccessOrOneLineError() {
        List<Endpoint> tested = new ArrayList<>();
        EndpointsViewModel ok = vm(EndpointConfig.load(dir.resolve("e.json")), e -> {
            tested.add(e);
            return "connected";
        });
        form(ok, "x", "gpt-4.1", "SET_KEY");
        ok.testConnection();
        assertEquals("connected", ok.testResultProperty().get());
        assertEquals("gpt-4.1", tested.get(0).model());
        EndpointsViewModel bad = vm(EndpointConfig.load(dir.resolve("e.json")), e -> {
            throw new IllegalStateException("HTTP 401\nunauthorized");
        });
        form(bad, "x", "gpt-4.1", "SET_KEY");
        bad.testConnection();
        assertEquals("failed: HTTP 401 unauthorized", bad.testResultProperty().get());
        assertFalse(bad.testingProperty().get());
        bad.modelProperty().set("");
        bad.testConnection();
        assertTrue(bad.testResultProperty().get().startsWith("cannot test: model"), bad.testResultProperty().get());
    }
}
