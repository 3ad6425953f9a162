package io.srebench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.srebench.agent.LoopConfig;
import io.srebench.common.UserDirs;
import io.srebench.sandbox.SandboxFactory;
import io.srebench.sandbox.SandboxOptions;
import io.srebench.sandbox.kubernetes.FakeKubelet;
import io.srebench.sandbox.kubernetes.KubernetesSettings;
import io.srebench.sandbox.kubernetes.LocalKubeletCommands;
import io.srebench.sandbox.kubernetes.PodTemplate;
import io.srebench.sandbox.kubernetes.SandboxPods;
import io.srebench.store.SqliteStore;
import io.srebench.trajectory.RunStatus;
import io.srebench.trajectory.TrajectoryIO;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline baselines give the same transcripts and scores whether their sandboxes run locally or as pods (fabric8's
 * mock API server with a fake kubelet that runs each pod's commands in a local sandbox on the snapshot it was sent),
 * and no pod outlives its session.
 */
class KubernetesExecutorEndToEndTest {
    private static final List<String> TIMING = List.of("startedAt", "endedAt", "modelLatencyMs", "toolTimeMs", "durationMs");

    @TempDir
    Path tmp;

    @Test
    void localAndKubernetesExecutorsGiveIdenticalTranscriptsAndScores() throws Exception {
        assumeTrue(SandboxFactory.bwrapAvailable() || SandboxFactory.bwrapRequired(), "no bubblewrap for the fake kubelet");
        UserDirs dirs = new UserDirs(Map.of("SREBENCH_CACHE_DIR", tmp.resolve("cache").toString(), "SREBENCH_CONFIG_DIR",
                tmp.resolve("config").toString()), "linux", tmp);
        Workbench wb = new Workbench(Path.of(System.getProperty("user.dir"), "tasks"), dirs);
        List<String> tasks = wb.catalog().ids().subList(0, 2);
        BenchmarkSpec spec = new BenchmarkSpec("parity", tasks, List.of(wb.agent("oracle"), wb.agent("alert-echo")), 1, 2,
                2, 20, "set");
        try (SqliteStore store = SqliteStore.open(tmp.resolve("runs.db"));
             FakeKubelet kubelet = new FakeKubelet(tmp.resolve("pods"));
             LocalKubeletCommands runtime = new LocalKubeletCommands();
             KubernetesClient client = kubelet.client()) {
            kubelet.commands = runtime;
            BenchmarkRunner local = new BenchmarkRunner(store, wb.sessions(LoopConfig.DEFAULT, w -> { }));
            long localId = local.create(spec);
            local.start(localId, null).await();

            AgentSessionExecutor sessions = wb.sessions(LoopConfig.DEFAULT, w -> { });
            BenchmarkRunner onPods = new BenchmarkRunner(store, sessions);
            long podsId = onPods.create(spec);
            try (SandboxPods pods = new SandboxPods(client, KubernetesSettings.of(null, "bench", "sandbox:test", 2),
                    SandboxOptions.defaults())) {
                wb.onPods(sessions, pods, podsId);
                onPods.start(podsId, null).await();
                assertTrue(pods.livePods().isEmpty(), "pods left open: " + pods.livePods());
            }
            assertTrue(client.pods().inNamespace("bench").withLabel(PodTemplate.MANAGED_BY, PodTemplate.MANAGER).list()
                    .getItems().isEmpty(), "a pod outlived its session");

            Map<String, RunSummary> a = byTaskAndAgent(store, localId);
            Map<String, RunSummary> b = byTaskAndAgent(store, podsId);
            assertEquals(a.keySet(), b.keySet());
            for (String key : a.keySet()) {
                RunSummary l = a.get(key);
                RunSummary k = b.get(key);
                assertEquals(RunStatus.DONE, l.status(), key + " local: " + l.error());
                assertEquals(RunStatus.DONE, k.status(), key + " kubernetes: " + k.error());
                assertEquals("kubernetes", k.sandbox());
                assertEquals(l.score(), k.score(), key);
                assertEquals(transcript(store, l.id()), transcript(store, k.id()), key);
            }
        }
    }

    private static Map<String, RunSummary> byTaskAndAgent(SqliteStore store, long benchmark) {
        Map<String, RunSummary> m = new TreeMap<>();
        for (RunSummary r : store.list(new RunQuery(null, null, null, benchmark, null, null, null, 0))) {
            m.put(r.taskId() + "/" + r.agent(), r);
        }
        return m;
    }

    /** The run's turns without wall-clock fields. */
    private static List<String> transcript(SqliteStore store, long run) throws Exception {
        List<String> turns = new ArrayList<>();
        for (TurnRecord t : store.turns(run)) {
            JsonNode n = TrajectoryIO.MAPPER.readTree(t.json());
            stripTiming(n);
            turns.add(n.toString());
        }
        assertTrue(!turns.isEmpty(), "run " + run + " has no turns");
        return turns;
    }

    private static void stripTiming(JsonNode n) {
        if (n instanceof ObjectNode o) {
            o.remove(TIMING);
        }
        for (Iterator<JsonNode> it = n.elements(); it.hasNext();) {
            stripTiming(it.next());
        }
    }
}
