package io.srebench.sandbox.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.srebench.sandbox.ExecResult;
import io.srebench.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What goes wrong with a pod becomes one line starting "kubernetes:", and the pod is gone afterwards. */
class SandboxPodFailuresTest {
    @TempDir
    Path tmp;
    private FakeKubelet kubelet;
    private KubernetesClient client;
    private SandboxPods pods;
    private Path snapshot;

    @BeforeEach
    void start() throws Exception {
        kubelet = new FakeKubelet(Files.createDirectories(tmp.resolve("pods")));
        client = kubelet.client();
        pods = new SandboxPods(client, KubernetesSettings.of(null, "ns1", "img:1", 4), SandboxOptions.defaults())
                .withUnschedulableGrace(Duration.ZERO);
        snapshot = Files.createDirectories(tmp.resolve("snap"));
        Files.writeString(snapshot.resolve("alerts.json"), "[]\n");
    }

    @AfterEach
    void stop() {
        pods.close();
        client.close();
        kubelet.close();
    }

    private void assertNoPods() {
        assertTrue(client.pods().inNamespace("ns1").list().getItems().isEmpty(), "a pod is left");
        assertTrue(pods.livePods().isEmpty());
    }

    @Test
    void anUnschedulablePodEndsWithTheSchedulersMessage() {
        kubelet.scenario = FakeKubelet.Scenario.UNSCHEDULABLE;
        SandboxPodException e = assertThrows(SandboxPodException.class, () -> pods.open(1, 2, snapshot));
        assertTrue(e.getMessage().matches("kubernetes: pod srebench-b1-r2-[0-9a-f]{6} unschedulable: 0/3 nodes are "
                + "available: 3 Insufficient cpu\\."), e.getMessage());
        assertNoPods();
    }

    @Test
    void anImagePullErrorEndsWithTheReason() {
        kubelet.scenario = FakeKubelet.Scenario.IMAGE_PULL;
        SandboxPodException e = assertThrows(SandboxPodException.class, () -> pods.open(1, 3, snapshot));
        assertTrue(e.getMessage().contains("image pull failed: ImagePullBackOff: Back-off pulling image \"nope:1\""),
                e.getMessage());
        assertNoPods();
    }

    @Test
    void anEvictedPodFailsTheCommandWithTheEvictionMessage() {
        kubelet.scenario = FakeKubelet.Scenario.EVICTED_AFTER_START;
        try (KubernetesSandbox s = pods.open(1, 4, snapshot)) {
            SandboxPodException e = assertThrows(SandboxPodException.class, () -> s.exec("ls", Duration.ofSeconds(5)));
            assertEquals("kubernetes: pod " + s.podName() + " evicted: The node was low on resource: memory.",
                    e.getMessage());
        }
        assertNoPods();
    }

    @Test
    void aLostExecStreamFailsTheCommand() {
        kubelet.scenario = FakeKubelet.Scenario.EXEC_STREAM_LOST;
        try (KubernetesSandbox s = pods.open(1, 5, snapshot)) {
            SandboxPodException e = assertThrows(SandboxPodException.class, () -> s.exec("ls", Duration.ofSeconds(5)));
            assertTrue(e.getMessage().startsWith("kubernetes: pod " + s.podName() + ": exec stream lost"), e.getMessage());
            assertTrue(!e.getMessage().contains("\n"));
        }
        assertNoPods();
    }

    @Test
    void outputIsCappedAndTimeoutsReportedAsLocally() {
        kubelet.commands = r -> r.command().equals("slow")
                ? sleepThen(1200, FakeKubelet.ExecReply.of("partial\n", "", 124))
                : FakeKubelet.ExecReply.of("y".repeat(50_000), "", 0);
        try (KubernetesSandbox s = pods.open(1, 6, snapshot)) {
            ExecResult big = s.exec("yes", Duration.ofSeconds(5));
            assertEquals(50_000, big.stdoutChars());
            assertTrue(big.stdoutTruncated());
            assertEquals("y".repeat(10_000) + "\n[... 30000 characters truncated ...]\n" + "y".repeat(10_000), big.stdout());
            ExecResult slow = s.exec("slow", Duration.ofSeconds(1));
            assertTrue(slow.timedOut());
            assertEquals(124, slow.exitCode());
            assertEquals("partial\n", slow.stdout());
        }
    }

    @Test
    void theInPodWrapperAppliesTheLimitsTimeoutAndFixedEnvironment() {
        try (KubernetesSandbox s = pods.open(1, 7, snapshot)) {
            var argv = s.argv("cat /snapshot/alerts.json", Duration.ofSeconds(30));
            assertEquals(KubernetesSandbox.EXEC_MARKER, argv.get(3));
            assertEquals("30", argv.get(4));
            assertTrue(argv.get(2).startsWith("timeout -k 1 \"$1\" env -i 'HOME=/work' "), argv.get(2));
            assertTrue(argv.get(2).contains("kill -KILL -1"), "leftover processes are killed after each command");
            assertTrue(argv.get(5).contains("ulimit -c 0 -v "), argv.get(5));
            assertEquals("cat /snapshot/alerts.json", argv.get(6));
        }
    }

    private static FakeKubelet.ExecReply sleepThen(long ms, FakeKubelet.ExecReply r) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return r;
    }
}
