package io.srebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.srebench.run.RunQuery;
import io.srebench.run.RunSummary;
import io.srebench.sandbox.SandboxFactory;
import io.srebench.sandbox.kubernetes.FakeKubelet;
import io.srebench.sandbox.kubernetes.LocalKubeletCommands;
import io.srebench.sandbox.kubernetes.PodTemplate;
import io.srebench.store.SqliteStore;
import io.srebench.trajectory.RunStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run}/{@code resume --executor kubernetes}: bad input exits 2 with one line; a real process runs on the mock. */
class KubernetesExecutorCommandTest {
    @TempDir
    Path tmp;

    @Test
    void badExecutorOptionsExitTwoWithOneLine() {
        CliRunner bad = CliRunner.run("run", "--agents", "oracle", "--executor", "docker", "--db",
                tmp.resolve("a.db").toString());
        assertEquals(2, bad.exit());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
        assertTrue(bad.err().contains("--executor") && bad.err().contains("local, kubernetes"), bad.err());
        CliRunner stray = CliRunner.run("resume", "--namespace", "x", "--db", tmp.resolve("b.db").toString());
        assertEquals(2, stray.exit(), stray.err());
        assertTrue(stray.err().contains("need --executor kubernetes"), stray.err());
        CliRunner pods = CliRunner.run("run", "--agents", "oracle", "--executor", "kubernetes", "--max-pods", "0", "--db",
                tmp.resolve("c.db").toString());
        assertEquals(2, pods.exit(), pods.err());
        assertEquals(1, pods.err().strip().lines().count(), pods.err());
        assertTrue(!Files.exists(tmp.resolve("c.db")) || pods.err().contains("max-pods"), pods.err());
    }

    @Test
    void runAndResumeUseTheKubeconfigsClusterAndCollectOrphans() throws Exception {
        assumeTrue(SandboxFactory.bwrapAvailable() || SandboxFactory.bwrapRequired(), "no bubblewrap for the fake kubelet");
        try (FakeKubelet kubelet = new FakeKubelet(tmp.resolve("pods"));
             LocalKubeletCommands runtime = new LocalKubeletCommands();
             KubernetesClient client = kubelet.client()) {
            kubelet.commands = runtime;
            Path kubeconfig = tmp.resolve("kubeconfig");
            Files.writeString(kubeconfig, """
                    apiVersion: v1
                    kind: Config
                    clusters:
                    - name: mock
                      cluster: {server: "%s"}
                    users:
                    - name: me
                      user: {token: not-a-secret}
                    contexts:
                    - name: mock
                      context: {cluster: mock, user: me, namespace: bench}
                    current-context: mock
                    """.formatted(kubelet.url()));
            Path db = tmp.resolve("runs.db");
            String task = "scenario-1";
            String out = srebench(kubeconfig, "run", "--executor", "kubernetes", "--context", "mock", "--image",
                    "sandbox:test", "--agents", "alert-echo", "--tasks", task, "--repeats", "1", "--db", db.toString());
            assertTrue(out.contains("sandboxes: kubernetes pods in namespace bench (image sandbox:test, at most 8 at once)"),
                    out);
            try (SqliteStore s = SqliteStore.open(db)) {
                List<RunSummary> runs = s.list(RunQuery.all());
                assertEquals(1, runs.size());
                assertEquals(RunStatus.DONE, runs.get(0).status(), runs.get(0).error());
                assertEquals("kubernetes", runs.get(0).sandbox());
            }
            assertTrue(client.pods().inNamespace("bench").list().getItems().isEmpty(), "a pod outlived the run");

            // a pod a crashed process left behind for that benchmark
            client.pods().inNamespace("bench").resource(new PodBuilder().withNewMetadata().withName("srebench-b1-r1-dead01")
                    .withLabels(PodTemplate.labels(1, 1)).endMetadata().build()).create();
            String resumed = srebench(kubeconfig, "resume", "--executor", "kubernetes", "--db", db.toString());
            assertTrue(resumed.contains("benchmark 1: deleted 1 sandbox pods left by an earlier process"), resumed);
            assertTrue(client.pods().inNamespace("bench").list().getItems().isEmpty());
        }
    }

    /** Runs srebench in its own JVM (its own cache and config, the given kubeconfig); returns its output. */
    private String srebench(Path kubeconfig, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Dkubeconfig=" + kubeconfig, "-cp", System.getProperty("java.class.path"), "io.srebench.Main"));
        cmd.addAll(List.of(args));
        Path log = tmp.resolve("log-" + args[0]);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SREBENCH_CACHE_DIR", tmp.resolve("cache").toString());
        pb.environment().put("SREBENCH_CONFIG_DIR", tmp.resolve("config").toString());
        pb.environment().remove("KUBECONFIG");
        Process p = pb.start();
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), "srebench " + args[0] + " did not finish");
        String out = Files.readString(log);
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
