package io.srebench.sandbox.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.srebench.sandbox.ExecResult;
import io.srebench.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pods are created, loaded with the snapshot, serve commands and are deleted: the lifecycle against the mock API. */
class SandboxPodsLifecycleTest {
    @TempDir
    Path tmp;
    private FakeKubelet kubelet;
    private KubernetesClient client;

    @BeforeEach
    void start() throws Exception {
        kubelet = new FakeKubelet(Files.createDirectories(tmp.resolve("pods")));
        client = kubelet.client();
    }

    @AfterEach
    void stop() {
        client.close();
        kubelet.close();
    }

    private Path snapshot() throws Exception {
        Path snap = Files.createDirectories(tmp.resolve("snap/k8s/pods"));
        Files.writeString(snap.resolve("a.json"), "{\"kind\":\"Pod\"}\n");
        Files.writeString(snap.getParent().getParent().resolve("alerts.json"), "[]\n");
        // bigger than one websocket frame, as real snapshots (13-33 MB) are
        Files.write(snap.resolve("big.log"), new byte[4 * 1024 * 1024 + 17]);
        return snap.getParent().getParent();
    }

    private SandboxPods pods(int max) {
        return new SandboxPods(client, KubernetesSettings.of(null, "bench", "srebench-sandbox:test", max),
                SandboxOptions.defaults());
    }

    @Test
    void podServesCommandsAndIsDeletedWhenTheSessionEnds() throws Exception {
        kubelet.commands = r -> FakeKubelet.ExecReply.of("ran " + r.command() + "\n", "warn\n", 3);
        try (SandboxPods pods = pods(2)) {
            String name;
            try (KubernetesSandbox s = pods.open(7, 42, snapshot())) {
                name = s.podName();
                assertTrue(name.startsWith("srebench-b7-r42-"), name);
                assertNotNull(client.pods().inNamespace("bench").withName(name).get());
                assertEquals("{\"kind\":\"Pod\"}\n", Files.readString(kubelet.snapshotOf(name).resolve("k8s/pods/a.json")));
                ExecResult r = s.exec("ls /snapshot", Duration.ofSeconds(5));
                assertEquals(3, r.exitCode());
                assertEquals("ran ls /snapshot\n", r.stdout());
                assertEquals("warn\n", r.stderr());
                assertFalse(r.timedOut());
                assertEquals("kubernetes", s.backend());
            }
            assertNull(client.pods().inNamespace("bench").withName(name).get());
            assertTrue(pods.livePods().isEmpty());
        }
    }

    @Test
    void thePodIsHardenedAndCutOffTheNetwork() throws Exception {
        try (SandboxPods pods = pods(2); KubernetesSandbox s = pods.open(3, 9, snapshot())) {
            Pod p = client.pods().inNamespace("bench").withName(s.podName()).get();
            assertEquals(Map.of("app.kubernetes.io/managed-by", "srebench", "srebench.io/benchmark", "3",
                    "srebench.io/run", "9"), p.getMetadata().getLabels());
            var spec = p.getSpec();
            assertEquals(Boolean.FALSE, spec.getAutomountServiceAccountToken());
            assertEquals(Boolean.FALSE, spec.getEnableServiceLinks());
            assertEquals("Never", spec.getRestartPolicy());
            assertEquals(Boolean.TRUE, spec.getSecurityContext().getRunAsNonRoot());
            assertEquals(1000L, spec.getSecurityContext().getRunAsUser());
            assertEquals("RuntimeDefault", spec.getSecurityContext().getSeccompProfile().getType());
            assertEquals(1, spec.getInitContainers().size());
            assertEquals(1, spec.getContainers().size());
            for (Container c : List.of(spec.getInitContainers().get(0), spec.getContainers().get(0))) {
                assertEquals("srebench-sandbox:test", c.getImage());
                assertEquals(Boolean.TRUE, c.getSecurityContext().getReadOnlyRootFilesystem(), c.getName());
                assertEquals(Boolean.FALSE, c.getSecurityContext().getAllowPrivilegeEscalation(), c.getName());
                assertEquals(Boolean.TRUE, c.getSecurityContext().getRunAsNonRoot(), c.getName());
                assertEquals(List.of("ALL"), c.getSecurityContext().getCapabilities().getDrop(), c.getName());
                assertTrue(c.getResources().getLimits().containsKey("memory"), c.getName());
                assertTrue(c.getResources().getLimits().containsKey("cpu"), c.getName());
                assertTrue(c.getResources().getRequests().containsKey("memory"), c.getName());
            }
            Container box = spec.getContainers().get(0);
            VolumeMount snap = box.getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/snapshot")).findFirst()
                    .orElseThrow();
            assertEquals(Boolean.TRUE, snap.getReadOnly());
            assertEquals("snapshot", snap.getSubPath());
            // writable: only the scratch directory and /tmp, both size-limited emptyDirs
            assertEquals(List.of("/work", "/tmp"), box.getVolumeMounts().stream()
                    .filter(m -> !Boolean.TRUE.equals(m.getReadOnly())).map(VolumeMount::getMountPath).toList());
            spec.getVolumes().forEach(v -> assertTrue(v.getEmptyDir() != null && v.getEmptyDir().getSizeLimit() != null,
                    v.getName()));
            assertTrue(box.getEnv().stream().noneMatch(e -> e.getName().contains("KEY") || e.getName().contains("TOKEN")));
            NetworkPolicy np = client.network().v1().networkPolicies().inNamespace("bench")
                    .withName(PodTemplate.NETWORK_POLICY).get();
            assertEquals(Map.of("app.kubernetes.io/managed-by", "srebench"), np.getSpec().getPodSelector().getMatchLabels());
            assertEquals(List.of("Ingress", "Egress"), np.getSpec().getPolicyTypes());
            assertTrue(np.getSpec().getEgress() == null || np.getSpec().getEgress().isEmpty(), "no egress allowed");
            assertTrue(np.getSpec().getIngress() == null || np.getSpec().getIngress().isEmpty(), "no ingress allowed");
        }
    }

    @Test
    void podsLeftByACrashedProcessAreDeletedOnResumeAndOthersKept() throws Exception {
        Path snap = snapshot();
        SandboxPods crashed = pods(4);
        String orphan = crashed.open(5, 1, snap).podName();
        String otherBenchmark = crashed.open(6, 2, snap).podName();
        // the process dies here: nothing is closed
        try (SandboxPods resumed = pods(4); KubernetesSandbox mine = resumed.open(5, 3, snap)) {
            assertEquals(1, resumed.collectOrphans(5));
            assertNull(client.pods().inNamespace("bench").withName(orphan).get());
            assertNotNull(client.pods().inNamespace("bench").withName(mine.podName()).get(), "a live session's pod");
            assertNotNull(client.pods().inNamespace("bench").withName(otherBenchmark).get(), "another benchmark's pod");
            assertEquals(0, resumed.collectOrphans(5));
        }
        crashed.close();
        assertTrue(client.pods().inNamespace("bench").list().getItems().isEmpty());
    }

    @Test
    void atMostMaxPodsRunAtOnce() throws Exception {
        Path snap = snapshot();
        try (SandboxPods pods = pods(1)) {
            KubernetesSandbox first = pods.open(8, 1, snap);
            CompletableFuture<KubernetesSandbox> second = CompletableFuture.supplyAsync(() -> pods.open(8, 2, snap));
            Thread.sleep(500);
            assertFalse(second.isDone(), "a second pod started while the first one runs");
            assertEquals(1, client.pods().inNamespace("bench").list().getItems().size());
            first.close();
            try (KubernetesSandbox s = second.get(20, TimeUnit.SECONDS)) {
                assertTrue(s.podName().startsWith("srebench-b8-r2-"));
            }
        }
    }
}
