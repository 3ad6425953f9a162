package io.srebench.studio.launch;

import io.srebench.run.AgentSpec;
import io.srebench.score.ScoreVariant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.agent.Agents;
import io.srebench.agent.model.Endpoint;
import io.srebench.agent.model.EndpointConfig;
import io.srebench.agent.model.EndpointKind;
import io.srebench.run.BenchmarkSpec;
import io.srebench.run.Workbench;
import io.srebench.store.SqliteStore;
import io.srebench.studio.app.BackgroundExecutor;
import io.srebench.common.UserDirs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchViewModelTest {
    @TempDir
    Path dir;
    @AutoClose
    private SqliteStore store;
    private Workbench wb;

    /** A workbench on the bundled tasks whose cache and config live in {@code dir}. */
    static Workbench workbench(Path dir) {
        return new Workbench(null, new UserDirs(Map.of("SREBENCH_CACHE_DIR", dir.resolve("cache").toString(),
                "SREBENCH_CONFIG_DIR", dir.resolve("config").toString()), "linux", dir));
    }

    @BeforeEach
    void open() {
        EndpointConfig.load(dir.resolve("config/endpoints.json"))
                .put(Endpoint.of("gpt41", EndpointKind.OPENAI, null, "gpt-4.1", "OPENAI_API_KEY"));
        wb = workbench(dir);
        store = SqliteStore.open(dir.resolve("s.db"));
    }

    @Test
    void offersCatalogTasksBaselinesAndEndpointsWithDefaults() {
        LaunchViewModel vm = new LaunchViewModel(wb, store, BackgroundExecutor.direct());
        assertEquals(wb.catalog().size(), vm.tasks().size());
        List<String> offered = new ArrayList<>(List.of("alert-echo", "topology-walk"));
        offered.addAll(Agents.SHORTCUTS);
        offered.add("gpt41");
        assertEquals(offered, vm.agents().stream().map(AgentChoice::name).toList());
        assertEquals(List.of("alert-echo", "topology-walk"), vm.selectedAgents());
        assertEquals(3, vm.repeatsProperty().get());
        assertEquals(BenchmarkSpec.DEFAULT_MAX_TURNS, vm.maxTurnsProperty().get());
        assertEquals("set", vm.variantProperty().get());
    }

    @Test
    void filterAndSelectShownBuildTheSpec() {
        LaunchViewModel vm = new LaunchViewModel(wb, store, BackgroundExecutor.direct());
        String first = vm.tasks().get(0).id();
        vm.filterProperty().set(first.toUpperCase(Locale.ROOT));
        assertTrue(vm.shownTasks().size() >= 1 && vm.shownTasks().size() < vm.tasks().size());
        vm.selectShown(true);
        vm.filterProperty().set("");
        assertEquals(vm.shownTasks().size(), vm.tasks().size());
        List<String> chosen = vm.selectedTasks();
        assertTrue(chosen.contains(first));
        vm.agents().get(vm.agents().size() - 1).selectedProperty().set(true);
        vm.agents().get(0).selectedProperty().set(false);
        vm.repeatsProperty().set(2);
        vm.concurrencyProperty().set(4);
        vm.maxTurnsProperty().set(30);
        vm.variantProperty().set("ranked");
        BenchmarkSpec spec = vm.spec();
        assertEquals(chosen, spec.taskIds());
        assertEquals(List.of("topology-walk", "gpt41"), spec.agents().stream().map(a -> a.name()).toList());
        assertEquals(AgentSpec.Kind.MODEL, spec.agents().get(1).kind());
        assertEquals("gpt-4.1", spec.agents().get(1).model());
        assertEquals(2, spec.repeats());
        assertEquals(4, spec.concurrency());
        assertEquals(30, spec.maxTurns());
        assertEquals(ScoreVariant.RANKED, spec.variant());
        assertEquals(chosen.size() * 2 * 2, vm.runCount());
        assertEquals(spec.size(), vm.runCount());
        assertTrue(spec.name().startsWith("studio: " + chosen.size() + " tasks x 2 agents x 2"), spec.name());
    }

    @Test
    void validationNamesEveryProblem() {
        LaunchViewModel vm = new LaunchViewModel(wb, store, BackgroundExecutor.direct());
        vm.agents().forEach(a -> a.selectedProperty().set(false));
        vm.repeatsProperty().set(0);
        vm.concurrencyProperty().set(LaunchViewModel.MAX_CONCURRENCY + 1);
        vm.maxTurnsProperty().set(0);
        vm.variantProperty().set("fuzzy");
        List<String> p = vm.validate();
        for (String field : List.of("tasks:", "agents:", "repeats:", "concurrency:", "turn cap:", "scoring variant:")) {
            assertTrue(p.stream().anyMatch(s -> s.startsWith(field)), field + " in " + p);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, vm::spec);
        assertEquals(p.get(0), e.getMessage());
    }

    @Test
    void kubernetesIsCheckedBeforeTheBenchmarkIsRecorded() {
        LaunchViewModel vm = new LaunchViewModel(wb, store, BackgroundExecutor.direct());
        vm.tasks().get(0).selectedProperty().set(true);
        assertEquals("local", vm.sandboxExecutorProperty().get());
        vm.sandboxExecutorProperty().set("kubernetes");
        vm.namespaceProperty().set("UPPER");
        assertTrue(vm.validate().contains("namespace: not a Kubernetes namespace name: UPPER"), vm.validate().toString());
        vm.namespaceProperty().set("bench");
        assertTrue(vm.validate().isEmpty(), vm.validate().toString());
        String before = System.getProperty("kubeconfig");
        System.setProperty("kubeconfig", dir.resolve("no-such-kubeconfig").toString());
        try {
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> vm.start(() -> { }, w -> { }, System::currentTimeMillis));
            assertTrue(e.getMessage().startsWith("kubernetes: "), e.getMessage());
            assertTrue(store.benchmarks().isEmpty(), "nothing is recorded when the cluster cannot be used");
        } finally {
            if (before == null) {
                System.clearProperty("kubeconfig");
            } else {
                System.setProperty("kubeconfig", before);
            }
            vm.dispose();
        }
    }

    @Test
    void theChosenContextIsTheOneConnectedTo() throws Exception {
        LaunchViewModel vm = new LaunchViewModel(wb, store, BackgroundExecutor.direct());
        vm.tasks().get(0).selectedProperty().set(true);
        vm.sandboxExecutorProperty().set("kubernetes");
        vm.contextProperty().set(" staging ");
        vm.imageProperty().set("registry.example/sandbox:1");
        Path kubeconfig = dir.resolve("kubeconfig");
        java.nio.file.Files.writeString(kubeconfig, """
                apiVersion: v1
                kind: Config
                clusters: [{name: c, cluster: {server: "https://127.0.0.1:1"}}]
                users: [{name: u, user: {token: t}}]
                contexts: [{name: prod, context: {cluster: c, user: u}}]
                current-context: prod
                """);
        String before = System.getProperty("kubeconfig");
        System.setProperty("kubeconfig", kubeconfig.toString());
        try {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> vm.start(() -> { }, w -> { }, System::currentTimeMillis));
            assertEquals("kubernetes: no context staging in the kubeconfig", e.getMessage());
            assertTrue(store.benchmarks().isEmpty(), "nothing is recorded when the context does not exist");
        } finally {
            if (before == null) {
                System.clearProperty("kubeconfig");
            } else {
                System.setProperty("kubeconfig", before);
            }
            vm.dispose();
        }
    }
}
