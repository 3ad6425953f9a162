package io.srebench.sandbox.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
        Files.write(snap.resolve("big.log"), new byte[25 * 1024 * 1024 + 17]);
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
}
