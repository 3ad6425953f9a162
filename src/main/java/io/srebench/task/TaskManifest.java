package io.srebench.task;

import io.srebench.common.BadInputException;
import io.srebench.common.JsonMappers;
import io.srebench.common.Text;
import io.srebench.common.UserDirs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A loaded srebench task manifest ({@code tasks/<id>/task.yaml}, schema {@code srebench.task/1}).
 *
 * <p>Required: {@code schema} (exactly {@code srebench.task/1}), {@code id} ({@code [a-z0-9][a-z0-9._-]*}),
 * {@code snapshot} with exactly one of {@code generator} (then {@code scenario}, an existing file, is required;
 * {@code seed} defaults to 0; {@code sha256} is optional, 64 hex) or {@code path} (an existing directory), and
 * {@code groundTruth} with at least one of {@code v2}/{@code v1} (existing files outside the snapshot dir).
 * Optional: {@code title} (defaults to the id), {@code application}, {@code defaultNamespace},
 * {@code faultFamily} (infrastructure|service|application|chaos), {@code difficulty} (low|medium|high),
 * {@code provenance}. Unknown keys are ignored. Relative paths resolve against the manifest's directory.
 * Every problem is a {@link BadInputException} naming the file and the field.
 *
 * @param file the manifest file
 * @param task the task it describes; for a generated snapshot {@code snapshotDir} is the cache directory
 *     {@link UserDirs#snapshotCache(String, String)}, which may not exist yet
 * @param generator how to generate the snapshot, or {@code null} when the manifest names an existing {@code path}
 */
public record TaskManifest(Path file, Task task, Generator generator) {
    /** The only schema this loader reads. */
    public static final String SCHEMA = "srebench.task/1";

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Set<String> FAULT_FAMILIES = Set.of("infrastructure", "service", "application", "chaos");
    private static final Set<String> DIFFICULTIES = Set.of("low", "medium", "high");
    private static final ObjectMapper YAML = JsonMappers.yaml();

    public TaskManifest {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(task, "task");
    }

    /**
     * How a generated snapshot is made.
     *
     * @param name generator id, e.g. {@code srebench-sim/2}
     * @param scenarioFile the scenario file, resolved against the manifest's directory
     * @param seed random seed
     * @param sha256 expected tree hash ({@link SnapshotHash}) of the generated snapshot, or {@code null} until recorded
     */
    public record Generator(String name, Path scenarioFile, long seed, String sha256) {
    }

    /** Whether the snapshot is generated (as opposed to an existing directory). */
    public boolean generated() {
        return generator != null;
    }

    /** Loads {@code taskYaml} and returns its task, with generated snapshots under {@link UserDirs#current()}. */
    public static Task load(Path taskYaml) {
        return read(taskYaml, UserDirs.current()).task();
    }

    /** Loads {@code taskYaml}; generated snapshots live under {@code dirs}' cache. */
    public static TaskManifest read(Path taskYaml, UserDirs dirs) {
        JsonNode root = parseYaml(taskYaml);
        Fields f = new Fields(taskYaml, root);
        String schema = f.requiredText("schema");
        if (!SCHEMA.equals(schema)) {
            throw f.bad("schema", "unsupported schema \"" + schema + "\" (expected " + SCHEMA + ")");
        }
        String id = f.requiredText("id");
        if (!ID.matcher(id).matches()) {
            throw f.bad("id", "bad id \"" + id + "\" (must match [a-z0-9][a-z0-9._-]*)");
        }
        Path base = taskYaml.toAbsolutePath().normalize().getParent();
        Map<String, String> labels = new LinkedHashMap<>();
        putLabel(labels, "application", f.optionalText("application"));
        putLabel(labels, "faultFamily", f.optionalChoice("faultFamily", FAULT_FAMILIES));
        putLabel(labels, "difficulty", f.optionalChoice("difficulty", DIFFICULTIES));

        Generator generator = null;
        Path snapshotDir;
        f.requiredObject("snapshot");
        String gen = f.optionalText("snapshot.generator");
        String path = f.optionalText("snapshot.path");
        if ((gen == null) == (path == null)) {
            throw f.bad("snapshot", "needs exactly one of snapshot.generator and snapshot.path");
        }
        if (gen != null) {
            Path scenario = base.resolve(f.requiredText("snapshot.scenario")).normalize();
            if (!Files.isRegularFile(scenario)) {
                throw f.bad("snapshot.scenario", "no such file " + scenario);
            }
            String sha = f.optionalText("snapshot.sha256");
            if (sha != null && !SHA256.matcher(sha).matches()) {
                throw f.bad("snapshot.sha256", "expected 64 lower-case hex characters, got \"" + sha + "\"");
            }
            generator = new Generator(gen, scenario, f.optionalLong("snapshot.seed", 0), sha);
            snapshotDir = dirs.snapshotCache(id, sha).toAbsolutePath().normalize();
            labels.put("generator", gen);
        } else {
            snapshotDir = base.resolve(path).normalize();
            if (!Files.isDirectory(snapshotDir)) {
                throw f.bad("snapshot.path", "no such directory " + snapshotDir);
            }
        }
        Task.GroundTruthFiles gt = groundTruth(f, base, snapshotDir);
        Task.Provenance provenance = new Task.Provenance(f.optionalText("provenance.source"),
                f.optionalText("provenance.scenario"), f.optionalText("provenance.commit"),
                f.optionalText("provenance.license"));
        String title = f.optionalText("title");
        Task task = new Task(id, title == null ? id : title, provenance, f.optionalText("defaultNamespace"),
                snapshotDir, gt, labels);
        return new TaskManifest(taskYaml, task, generator);
    }

    private static Task.GroundTruthFiles groundTruth(Fields f, Path base, Path snapshotDir) {
        f.requiredObject("groundTruth");
        Path v2 = groundTruthFile(f, "groundTruth.v2", base, snapshotDir);
        Path v1 = groundTruthFile(f, "groundTruth.v1", base, snapshotDir);
        if (v2 == null && v1 == null) {
            throw f.bad("groundTruth", "needs at least one of groundTruth.v2 and groundTruth.v1");
        }
        return new Task.GroundTruthFiles(v2, v1);
    }

    private static Path groundTruthFile(Fields f, String field, Path base, Path snapshotDir) {
        String rel = f.optionalText(field);
        if (rel == null) {
            return null;
        }
        Path p = base.resolve(rel).normalize();
        if (!Files.isRegularFile(p)) {
            throw f.bad(field, "no such file " + p);
        }
        if (isInside(p, snapshotDir)) {
            throw f.bad(field, "ground truth " + p + " lies inside the snapshot directory " + snapshotDir
                    + " where the agent could read it; move it out");
        }
        return p;
    }

    /** Whether {@code file} is {@code dir} or below it, comparing real paths when they exist (symlinks resolved). */
    static boolean isInside(Path file, Path dir) {
        Path f = realOrNormal(file);
        Path d = realOrNormal(dir);
        return f.startsWith(d) || file.toAbsolutePath().normalize().startsWith(dir.toAbsolutePath().normalize());
    }

    private static Path realOrNormal(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static void putLabel(Map<String, String> labels, String key, String value) {
        if (value != null) {
            labels.put(key, value);
        }
    }

    private static JsonNode parseYaml(Path file) {
        try {
            JsonNode root = YAML.readTree(file.toFile());
            if (root == null || root.isMissingNode() || root.isNull()) {
                throw new BadInputException(file + ": empty manifest");
            }
            if (!root.isObject()) {
                throw new BadInputException(file + ": expected a YAML mapping at the top level");
            }
            return root;
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : ":" + loc.getLineNr();
            throw new BadInputException(file + where + ": malformed YAML: " + Text.collapse(e.getOriginalMessage()), e);
        } catch (IOException e) {
            if (!Files.exists(file)) {
                throw new BadInputException(file + ": no such file");
            }
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Dotted-path access to the YAML tree with errors naming the file and the field. */
    private record Fields(Path file, JsonNode root) {
        BadInputException bad(String field, String what) {
            return new BadInputException(file + ": " + field + ": " + what);
        }

        JsonNode node(String dotted) {
            JsonNode n = root;
            for (String part : dotted.split("\\.")) {
                if (n == null || !n.isObject()) {
                    return null;
                }
                n = n.get(part);
            }
            return n == null || n.isNull() ? null : n;
        }

        String optionalText(String field) {
            JsonNode n = node(field);
            if (n == null) {
                return null;
            }
            if (!n.isValueNode()) {
                throw bad(field, "expected a scalar value");
            }
            String s = n.asText().strip();
            return s.isEmpty() ? null : s;
        }

        String requiredText(String field) {
            String s = optionalText(field);
            if (s == null) {
                throw bad(field, "missing required field");
            }
            return s;
        }

        void requiredObject(String field) {
            JsonNode n = node(field);
            if (n == null) {
                throw bad(field, "missing required field");
            }
            if (!n.isObject()) {
                throw bad(field, "expected a mapping");
            }
        }

        String optionalChoice(String field, Set<String> allowed) {
            String s = optionalText(field);
            if (s != null && !allowed.contains(s.toLowerCase(Locale.ROOT))) {
                throw bad(field, "unknown value \"" + s + "\" (expected one of " + String.join("|", allowed.stream()
                        .sorted().toList()) + ")");
            }
            return s == null ? null : s.toLowerCase(Locale.ROOT);
        }

        long optionalLong(String field, long dflt) {
            JsonNode n = node(field);
            if (n == null) {
                return dflt;
            }
            if (!n.canConvertToLong() || !n.isIntegralNumber()) {
                throw bad(field, "expected an integer, got \"" + n.asText() + "\"");
            }
            return n.asLong();
        }
    }
}
