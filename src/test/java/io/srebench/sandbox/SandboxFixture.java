package io.srebench.sandbox;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A task laid out as in real use: {@code tasks/t1/snapshot/} (what the agent may read) next to
 * {@code tasks/t1/groundtruth.yaml} (what it must never reach), plus a planted "home" with an ssh key.
 */
final class SandboxFixture {
    static final String TRUTH_MARKER = "GROUND-TRUTH-7f3a9c";
    static final String SSH_MARKER = "PRIVATE-KEY-e41b07";

    final Path root;
    final Path taskDir;
    final Path snapshot;
    final Path groundTruth;
    final Path fakeHome;

    SandboxFixture(Path root) throws IOException {
        this.root = root;
        this.taskDir = Files.createDirectories(root.resolve("tasks/t1"));
        this.snapshot = Files.createDirectories(taskDir.resolve("snapshot"));
        Files.createDirectories(snapshot.resolve("alerts"));
        Files.writeString(snapshot.resolve("alerts/alerts_at_2025-12-01T21-16-24.000000.json"),
                "[{\"alertname\":\"HighLatency\"}]\n");
        StringBuilder tsv = new StringBuilder("timestamp\tnamespace\tname\treason\n");
        for (int i = 0; i < 50; i++) {
            tsv.append("2025-12-01 21:16:").append(10 + i % 50).append("\totel-demo\tcart-").append(i).append("\tBackOff\n");
        }
        Files.writeString(snapshot.resolve("k8s_events_raw.tsv"), tsv.toString());
        this.groundTruth = taskDir.resolve("groundtruth.yaml");
        Files.writeString(groundTruth, "# " + TRUTH_MARKER + "\nentities: [otel-demo/Deployment/cart]\n");
        this.fakeHome = Files.createDirectories(root.resolve("home/user/.ssh"));
        Files.writeString(fakeHome.resolve("id_ed25519"), SSH_MARKER + "\n");
        // Real snapshots are world-readable; the temp root JUnit made is 0700, which is what the fd hand-over handles.
    }

    /** The sandbox the factory picks, or a skipped test when bwrap is unusable and not required (a failure if required). */
    static Sandbox bwrap(Path snapshot, SandboxOptions options) {
        if (!SandboxFactory.bwrapAvailable() && SandboxFactory.bwrapRequired()) {
            fail(SandboxFactory.REQUIRE_BWRAP_ENV + "=1 but bubblewrap is unusable: "
                    + SandboxFactory.bwrapFailure().orElse(""));
        }
        // outside CI (not required) a machine without bubblewrap skips; CI sets the requirement, so it fails there
        assumeTrue(SandboxFactory.bwrapAvailable(), "bubblewrap is not usable here; sandbox isolation tests skipped");
        Sandbox s = SandboxFactory.create(snapshot, options);
        if (!"bwrap".equals(s.backend())) {
            s.close();
            fail("factory picked " + s.backend() + " although bwrap is available");
        }
        return s;
    }
}
