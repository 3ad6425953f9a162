package io.srebench.task;

import io.srebench.common.BadInputException;

import io.srebench.common.UserDirs;

import io.srebench.task.snapshot.Alert;
import io.srebench.task.snapshot.AlertSnapshot;
import io.srebench.task.snapshot.Alerts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an ITBench-Lite scenario folder ({@code Scenario-<N>/}, formats.md 1.1) into a {@link Task}.
 *
 * <p>The folder holds {@code ground_truth.yaml} next to the telemetry, so it cannot be handed to an agent as is.
 * The loader materialises an {@link AgentView} of it (everything but ground-truth files, scenario specs and
 * other files hidden from agents) at {@code <cache>/itbench-lite/<id>-<hash>/}, and that directory becomes
 * {@link Task#snapshotDir()}. {@link Task.GroundTruthFiles#v1()} is the original {@code ground_truth.yaml}.
 *
 * <p>Id: {@code scenario-<N>} for folders named {@code Scenario-N}, {@code scenario_N}, {@code scenario-N},
 * {@code incident-N} (any case); otherwise the lower-cased folder name. Default namespace: the most frequent
 * {@code namespace} alert label, else {@code null}. Content is not parsed beyond that (no ground truth parsing).
 */
public final class ItbenchLiteLoader {
    private static final Pattern NUMBERED = Pattern.compile("(?i)(?:scenario|incident)[-_]?(\\d+)");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private ItbenchLiteLoader() {
    }

    /** Loads {@code scenarioDir} with the agent view under {@link UserDirs#current()}'s cache. */
    public static Task load(Path scenarioDir) {
        return load(scenarioDir, UserDirs.current());
    }

    /** Loads {@code scenarioDir} with the agent view under {@code dirs}' cache. */
    public static Task load(Path scenarioDir, UserDirs dirs) {
        Path dir = scenarioDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(scenarioDir + ": not a scenario directory");
        }
        Path gt = dir.resolve("ground_truth.yaml");
        if (!Files.isRegularFile(gt)) {
            gt = dir.resolve("ground_truth.yml");
        }
        if (!Files.isRegularFile(gt)) {
            throw new BadInputException(scenarioDir + ": ground_truth.yaml: missing (an ITBench-Lite scenario needs it)");
        }
        String id = idOf(dir.getFileName().toString());
        if (AgentView.visibleFiles(dir).isEmpty()) {
            throw new BadInputException(scenarioDir + ": no telemetry files besides the ground truth");
        }
        Path view = AgentView.view(dir, dirs.cache().resolve("itbench-lite").resolve(id));
        Matcher m = NUMBERED.matcher(dir.getFileName().toString());
        String number = m.matches() ? m.group(1) : null;
        Map<String, String> labels = Map.of("format", "itbench-lite", "source", dir.toString());
        return new Task(id, "ITBench-Lite " + dir.getFileName(), new Task.Provenance("ITBench-Lite", number, null,
                "Apache-2.0"), defaultNamespace(view), view, new Task.GroundTruthFiles(null, gt), labels);
    }

    /** The task id for a scenario folder name (see the class comment). */
    public static String idOf(String folderName) {
        Matcher m = NUMBERED.matcher(folderName);
        if (m.matches()) {
            return "scenario-" + Long.parseLong(m.group(1));
        }
        String id = folderName.toLowerCase(Locale.ROOT);
        if (!ID.matcher(id).matches()) {
            throw new BadInputException(folderName + ": folder name does not give a valid task id"
                    + " (must match [a-z0-9][a-z0-9._-]* once lower-cased)");
        }
        return id;
    }

    private static String defaultNamespace(Path view) {
        Map<String, Integer> counts = new HashMap<>();
        for (AlertSnapshot s : Alerts.readAll(view)) {
            for (Alert a : s.alerts()) {
                if (a.namespace() != null) {
                    counts.merge(a.namespace(), 1, Integer::sum);
                }
            }
        }
        // Most frequent; ties go to the alphabetically first namespace so the result is stable.
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)
                    || (e.getValue().equals(counts.get(best)) && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
            }
        }
        return best;
    }
}
