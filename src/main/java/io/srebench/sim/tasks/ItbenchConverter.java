package io.srebench.sim.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.srebench.common.JsonMappers;
import io.srebench.sim.Simulator;
import io.srebench.sim.fault.FaultLibrary;
import io.srebench.sim.fault.UnsupportedFaultException;
import io.srebench.sim.scenario.ScenarioSpec;
import io.srebench.sim.scenario.SimTaskManifest;
import io.srebench.common.BadInputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an ITBench scenario directory ({@code scenario.yaml}, {@code groundtruth.yaml}, optional
 * {@code groundtruth_v1.yaml} and {@code index.json}) into an srebench task directory: the manifest, the scenario
 * and the ground truths copied beside it, and the tree hash of the generated snapshot recorded. Works from the
 * fault mechanisms and their args only; a scenario the simulator cannot reproduce is refused with the reason.
 */
public final class ItbenchConverter {
    /** ITBench commit the shared scenario data was copied from. */
    public static final String ITBENCH_COMMIT = "8949d5b2eae4901ff3f141e538c8594b5bff8afa";
    private static final ObjectMapper JSON = JsonMappers.json();
    private static final Pattern NUMBERED = Pattern.compile("(?i)(?:scenario[-_ ]?)?0*(\\d{1,9})");

    private ItbenchConverter() {
    }

    /** What was written. */
    public record Converted(Path taskDir, String id, String sha256, Simulator.Result result) {
    }

    /**
     * Converts {@code scenarioDir} into {@code outRoot/scenario-<N>/}.
     *
     * @throws UnsupportedFaultException when the scenario has no injection or a fault cannot be simulated
     * @throws BadInputException on missing or malformed files
     */
    public static Converted convert(Path scenarioDir, Path outRoot, String commit) {
        return convert(scenarioDir, outRoot, commit, null);
    }

    /** As {@link #convert(Path, Path, String)} with the simulator seed {@code seedOverride} (null: the scenario number). */
    public static Converted convert(Path scenarioDir, Path outRoot, String commit, Long seedOverride) {
        Path scenario = scenarioDir.resolve("scenario.yaml");
        Path v2 = scenarioDir.resolve("groundtruth.yaml");
        Path v1 = scenarioDir.resolve("groundtruth_v1.yaml");
        Path index = scenarioDir.resolve("index.json");
        for (Path p : new Path[] {scenario, v2}) {
            if (!Files.isRegularFile(p)) {
                throw new BadInputException(p + ": missing");
            }
        }
        ScenarioSpec spec = ScenarioSpec.parse(scenario);
        if (spec.injections().isEmpty()) {
            throw new UnsupportedFaultException(scenario + ": spec.faults: the scenario injects no fault, so there is no"
                    + " incident to simulate and no root cause to find");
        }
        String number = scenarioNumber(scenarioDir.toAbsolutePath().normalize().getFileName().toString());
        String id = "scenario-" + number.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
        long seed = seedOverride != null ? seedOverride
                : number.matches("\\d+") ? Long.parseLong(number) : Math.abs((long) number.hashCode());
        new Simulator(spec, seed, scenario.toString()).build(); // refuses unsupported faults before anything is written
        // the ground truth is read exactly as runs will score it (v2 and v1 merged); a bad file stops here
        io.srebench.task.truth.GroundTruthLoader.load(new io.srebench.task.Task.GroundTruthFiles(v2,
                Files.isRegularFile(v1) ? v1 : null), Simulator.model(spec.application()).namespace());
        JsonNode idx = readJson(index);
        Path dir = outRoot.resolve(id);
        try {
            Files.createDirectories(dir);
            Files.copy(scenario, dir.resolve("scenario.yaml"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(v2, dir.resolve("groundtruth.yaml"), StandardCopyOption.REPLACE_EXISTING);
            boolean hasV1 = Files.isRegularFile(v1);
            if (hasV1) {
                Files.copy(v1, dir.resolve("groundtruth_v1.yaml"), StandardCopyOption.REPLACE_EXISTING);
            }
            if (idx != null) {
                Files.copy(index, dir.resolve("index.json"), StandardCopyOption.REPLACE_EXISTING);
            }
            String manifest = manifest(id, number, spec, idx, seed, null, hasV1, commit);
            Files.writeString(dir.resolve("task.yaml"), manifest);
            Path tmp = Files.createTempDirectory("srebench-" + id + "-");
            TaskMaterializer.Materialized m;
            try {
                m = TaskMaterializer.generate(SimTaskManifest.read(dir), tmp.resolve("snapshot"));
            } finally {
                TaskMaterializer.delete(tmp);
            }
            Files.writeString(dir.resolve("task.yaml"), manifest(id, number, spec, idx, seed, m.sha256(), hasV1, commit));
            return new Converted(dir, id, m.sha256(), m.result());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The scenario number a folder name gives: {@code N} for {@code N}, {@code scenario_N}, {@code Scenario-N},
     * {@code scenario-N} or {@code scenarioN} (any case, leading zeros dropped), so an unrenamed ITBench checkout gives
     * the same id and seed as the bundled task; any other name is kept as it is.
     */
    static String scenarioNumber(String folderName) {
        Matcher m = NUMBERED.matcher(folderName);
        return m.matches() ? String.valueOf(Long.parseLong(m.group(1))) : folderName;
    }

    private static JsonNode readJson(Path p) {
        if (!Files.isRegularFile(p)) {
            return null;
        }
        try {
            return JSON.readTree(Files.readString(p));
        } catch (IOException e) {
            throw new BadInputException(p + ": cannot parse JSON: " + String.valueOf(e.getMessage()).split("\n")[0]);
        }
    }

    static String title(ScenarioSpec spec, JsonNode idx) {
        String d = idx == null ? "" : idx.path("description").asText("");
        if (!d.isEmpty()) {
            d = d.replaceFirst("^This scenario simulates\\s+", "").replace("`", "").trim();
            d = d.endsWith(".") ? d.substring(0, d.length() - 1) : d;
            return Character.toUpperCase(d.charAt(0)) + d.substring(1);
        }
        ScenarioSpec.Injection first = spec.injections().get(0);
        String target = first.args().path("kubernetesObject").path("metadata").path("name").asText("");
        String what = first.id().replace('-', ' ');
        return Character.toUpperCase(what.charAt(0)) + what.substring(1) + (target.isEmpty() ? "" : " (" + target + ")");
    }

    private static String family(ScenarioSpec spec) {
        for (ScenarioSpec.Injection i : spec.injections()) {
            if (FaultLibrary.family(i.id()).equals("chaos")) {
                return "chaos";
            }
        }
        return FaultLibrary.family(spec.injections().get(0).id());
    }

    private static String difficulty(ScenarioSpec spec, JsonNode idx) {
        String c = idx == null ? "" : idx.path("complexity").asText("");
        if (c.matches("low|medium|high")) {
            return c;
        }
        return spec.injections().size() > 1 ? "high" : "medium";
    }

    private static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String manifest(String id, String number, ScenarioSpec spec, JsonNode idx, long seed, String sha, boolean v1,
                           String commit) {
        StringBuilder sb = new StringBuilder();
        sb.append("schema: srebench.task/1\n");
        sb.append("id: ").append(id).append('\n');
        sb.append("title: ").append(q(title(spec, idx))).append('\n');
        sb.append("application: ").append(spec.application()).append('\n');
        sb.append("defaultNamespace: ").append(Simulator.model(spec.application()).namespace()).append('\n');
        sb.append("faultFamily: ").append(family(spec)).append('\n');
        sb.append("difficulty: ").append(difficulty(spec, idx)).append('\n');
        sb.append("provenance: {source: ITBench, scenario: ").append(q(number)).append(", commit: ").append(commit)
                .append(", license: Apache-2.0}\n");
        sb.append("snapshot:\n");
        sb.append("  generator: srebench-sim/2\n");
        sb.append("  scenario: scenario.yaml\n");
        sb.append("  seed: ").append(seed).append('\n');
        if (sha != null) {
            sb.append("  sha256: ").append(sha).append('\n');
        }
        sb.append("groundTruth: {v2: groundtruth.yaml").append(v1 ? ", v1: groundtruth_v1.yaml" : "").append("}\n");
        return sb.toString();
    }
}
