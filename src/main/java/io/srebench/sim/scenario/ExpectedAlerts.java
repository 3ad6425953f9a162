package io.srebench.sim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.srebench.common.JsonMappers;
import io.srebench.sim.telemetry.ExpectedAlert;
import io.srebench.common.BadInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The alerts a scenario says were observed: ITBench v1 {@code alerts[]} (with the group they fire on: kind,
 * namespace, first name filter), v2 {@code spec.alerts[].name} and the library index {@code alerts}. Only the
 * alert expectations are read from these files, never the root causes.
 */
public final class ExpectedAlerts {
    private static final ObjectMapper YAML = JsonMappers.yaml();
    private static final ObjectMapper JSON = JsonMappers.json();

    private ExpectedAlerts() {
    }

    /** Reads the expectations; any file may be null or absent. */
    public static List<ExpectedAlert> read(Path v1, Path v2, Path index) {
        Set<ExpectedAlert> out = new LinkedHashSet<>();
        JsonNode one = load(v1, YAML);
        if (one != null) {
            JsonNode body = one.has("spec") ? one.get("spec") : one;
            for (JsonNode a : body.path("alerts")) {
                String name = a.path("id").asText("");
                if (name.isEmpty()) {
                    continue;
                }
                JsonNode group = null;
                for (JsonNode g : body.path("groups")) {
                    if (g.path("id").asText().equals(a.path("group_id").asText("\u0000"))) {
                        group = g;
                    }
                }
                if (group == null) {
                    out.add(new ExpectedAlert(name, null, null, null));
                    continue;
                }
                String pattern = group.path("filter").isArray() && !group.path("filter").isEmpty()
                        ? group.path("filter").get(0).asText()
                        : group.has("name") ? Pattern.quote(group.path("name").asText()) : null;
                out.add(new ExpectedAlert(name, group.path("kind").asText(null),
                        group.path("namespace").asText(null), pattern));
            }
        }
        List<String> names = new ArrayList<>();
        JsonNode two = load(v2, YAML);
        if (two != null) {
            for (JsonNode a : two.path("spec").path("alerts")) {
                names.add(a.path("name").asText(""));
            }
        }
        JsonNode idx = load(index, JSON);
        if (idx != null) {
            for (JsonNode a : idx.path("alerts")) {
                names.add(a.asText(""));
            }
        }
        for (String n : names) {
            if (!n.isEmpty() && out.stream().noneMatch(e -> e.name().equals(n))) {
                out.add(new ExpectedAlert(n, null, null, null));
            }
        }
        return List.copyOf(out);
    }

    private static JsonNode load(Path p, ObjectMapper m) {
        if (p == null || !Files.isRegularFile(p)) {
            return null;
        }
        try {
            return m.readTree(Files.readString(p));
        } catch (IOException e) {
            throw new BadInputException(p + ": cannot parse: " + String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
        }
    }
}
