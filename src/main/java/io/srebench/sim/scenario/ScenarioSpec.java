package io.srebench.sim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.srebench.common.BadInputException;

import io.srebench.common.JsonMappers;
import io.srebench.common.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An ITBench v2 {@code scenario.yaml}: which application runs (and its options) and the fault injections with
 * their waiters. Only the fields the simulator uses are kept.
 *
 * @param name {@code metadata.name}
 * @param application {@code opentelemetry-demo} or {@code book-info}
 * @param hpa the application option {@code autoscaling.kubernetes.hpa}
 * @param injections injections in file order
 * @param waiters waiters in file order
 */
public record ScenarioSpec(String name, String application, boolean hpa, List<Injection> injections,
                           List<Waiter> waiters) {
    private static final ObjectMapper YAML = JsonMappers.yaml();

    /** One fault injection: id and args, with the path of the entry for messages. */
    public record Injection(String id, JsonNode args, String path) {
    }

    /** One waiter: id, args, and whether it runs before the injections. */
    public record Waiter(String id, JsonNode args, boolean pre, String path) {
    }

    /** Parses a scenario file; malformed input throws {@link BadInputException} naming the file and field. */
    public static ScenarioSpec parse(Path file) {
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read scenario: " + Text.oneLine(e.getMessage()), e);
        }
        if (root == null || !root.isObject()) {
            throw new BadInputException(file + ": not a scenario (expected a YAML mapping)");
        }
        if (!root.path("kind").asText().equals("Scenario")) {
            throw new BadInputException(file + ": kind: expected \"Scenario\", found \"" + root.path("kind").asText() + "\"");
        }
        JsonNode spec = root.path("spec");
        JsonNode apps = spec.path("applications");
        boolean otel = apps.path("opentelemetryDemo").path("enabled").asBoolean(false);
        boolean book = apps.path("bookInfo").path("enabled").asBoolean(false);
        if (otel == book) {
            throw new BadInputException(file + ": spec.applications: exactly one of opentelemetryDemo, bookInfo must be"
                    + " enabled");
        }
        JsonNode opts = apps.path(otel ? "opentelemetryDemo" : "bookInfo").path("options");
        boolean hpa = opts.path("autoscaling").path("kubernetes").path("hpa").asBoolean(false);
        List<Injection> injections = new ArrayList<>();
        List<Waiter> waiters = new ArrayList<>();
        JsonNode faults = spec.path("faults");
        for (int i = 0; i < faults.size(); i++) {
            JsonNode f = faults.get(i);
            JsonNode inj = f.path("injections");
            for (int j = 0; j < inj.size(); j++) {
                String path = "spec.faults[" + i + "].injections[" + j + "]";
                String id = inj.get(j).path("id").asText("");
                if (id.isEmpty()) {
                    throw new BadInputException(file + ": " + path + ".id: missing");
                }
                injections.add(new Injection(id, inj.get(j).path("args"), path));
            }
            for (String phase : new String[] {"preInjection", "postInjection"}) {
                JsonNode ws = f.path("waitFor").path(phase);
                for (int j = 0; j < ws.size(); j++) {
                    waiters.add(new Waiter(ws.get(j).path("id").asText(), ws.get(j).path("args"),
                            phase.equals("preInjection"), "spec.faults[" + i + "].waitFor." + phase + "[" + j + "]"));
                }
            }
        }
        return new ScenarioSpec(root.path("metadata").path("name").asText(file.getParent() == null ? "scenario"
                : "scenario-" + file.getParent().getFileName()), otel ? "opentelemetry-demo" : "book-info", hpa,
                List.copyOf(injections), List.copyOf(waiters));
    }
}
