package io.srebench.sim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.srebench.common.BadInputException;

import io.srebench.common.JsonMappers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The parts of a {@code tasks/<id>/task.yaml} (schema {@code srebench.task/1}) the simulator and the tasks command
 * need. Minimal on purpose: the shared loader in {@code io.srebench.task} is the full one.
 *
 * @param dir the manifest's directory
 * @param sha256 recorded tree hash, or null
 * @param scenario path of the scenario file (generated tasks), or null
 * @param snapshotPath existing snapshot directory (path tasks), or null
 */
public record SimTaskManifest(Path dir, String id, String title, String application, String faultFamily,
                              String difficulty, String scenarioNumber, Path scenario, long seed, String sha256,
                              Path snapshotPath, Path groundTruthV2, Path groundTruthV1) {
    private static final ObjectMapper YAML = JsonMappers.yaml();

    /** Reads {@code dir/task.yaml}. */
    public static SimTaskManifest read(Path dir) {
        Path file = dir.resolve("task.yaml");
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read task manifest: " + e.getMessage());
        }
        if (root == null || !root.path("schema").asText().equals("srebench.task/1")) {
            throw new BadInputException(file + ": schema: expected \"srebench.task/1\"");
        }
        String id = root.path("id").asText("");
        if (!id.matches("[a-z0-9][a-z0-9._-]*")) {
            throw new BadInputException(file + ": id: invalid \"" + id + "\"");
        }
        JsonNode snap = root.path("snapshot");
        boolean generated = snap.has("generator");
        if (generated == snap.has("path")) {
            throw new BadInputException(file + ": snapshot: exactly one of generator, path");
        }
        if (generated && snap.path("generator").asText().equals("srebench-sim/1")) {
            throw new BadInputException(file + ": snapshot.generator: srebench-sim/1 is the retired simulator (a world"
                    + " without churn, noise or decoys); convert the scenario again with 'srebench tasks from-itbench'");
        }
        if (generated && !snap.path("generator").asText().equals("srebench-sim/2")) {
            throw new BadInputException(file + ": snapshot.generator: unknown \"" + snap.path("generator").asText() + "\"");
        }
        JsonNode gt = root.path("groundTruth");
        Path v2 = gt.has("v2") ? dir.resolve(gt.get("v2").asText()) : null;
        Path v1 = gt.has("v1") ? dir.resolve(gt.get("v1").asText()) : null;
        if (v2 == null && v1 == null) {
            throw new BadInputException(file + ": groundTruth: needs v2 or v1");
        }
        String sha = snap.path("sha256").asText(null);
        return new SimTaskManifest(dir, id, root.path("title").asText(id), root.path("application").asText(""),
                root.path("faultFamily").asText(""), root.path("difficulty").asText(""),
                root.path("provenance").path("scenario").asText(""),
                generated ? dir.resolve(snap.path("scenario").asText("scenario.yaml")) : null,
                snap.path("seed").asLong(1), sha, generated ? null : dir.resolve(snap.path("path").asText()), v2, v1);
    }

    /** True when the snapshot is produced by the simulator. */
    public boolean generated() {
        return scenario != null;
    }
}
