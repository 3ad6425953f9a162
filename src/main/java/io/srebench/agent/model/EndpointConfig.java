package io.srebench.agent.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.common.BadInputException;
import io.srebench.common.JsonMappers;
import io.srebench.common.Text;
import io.srebench.task.DataFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The user's configured model endpoints, {@code <config dir>/endpoints.json}:
 * {@code {"schema": "srebench.endpoints/1", "endpoints": [Endpoint...]}}. Keys are never stored: an
 * endpoint names the environment variable that holds its key, and a file containing anything that
 * looks like a key field is refused rather than read.
 */
public final class EndpointConfig {
    public static final String SCHEMA = "srebench.endpoints/1";
    private static final ObjectMapper JSON = JsonMappers.json();
    private static final List<String> FORBIDDEN_FIELDS = List.of("apikey", "api_key", "key", "token", "secret",
            "authorization", "password");

    private final Path file;
    private final Map<String, Endpoint> endpoints;

    private EndpointConfig(Path file, Map<String, Endpoint> endpoints) {
        this.file = file;
        this.endpoints = endpoints;
    }

    /** Loads {@code file}; a missing file is an empty configuration. */
    public static EndpointConfig load(Path file) {
        Map<String, Endpoint> out = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return new EndpointConfig(file, out);
        }
        JsonNode root = DataFiles.readJson(file);
        if (!root.isObject() || !SCHEMA.equals(root.path("schema").asText())) {
            throw new BadInputException(file + ": schema: expected \"" + SCHEMA + "\"");
        }
        JsonNode list = root.path("endpoints");
        if (!list.isArray()) {
            throw new BadInputException(file + ": endpoints: expected a list");
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode e = list.get(i);
            String where = file + ": endpoints[" + i + "]";
            for (Iterator<String> it = e.fieldNames(); it.hasNext();) {
                String f = it.next();
                if (FORBIDDEN_FIELDS.contains(f.toLowerCase(Locale.ROOT))) {
                    throw new BadInputException(where + "." + f + ": keys are never stored in files; put the key in an "
                            + "environment variable and name it in apiKeyEnv");
                }
            }
            Endpoint ep;
            try {
                ep = JSON.treeToValue(e, Endpoint.class);
            } catch (IOException | RuntimeException ex) {
                throw new BadInputException(where + ": "
                        + (ex.getMessage() == null ? "invalid endpoint" : Text.firstLine(ex.getMessage())));
            }
            if (out.put(ep.name(), ep) != null) {
                throw new BadInputException(where + ".name: duplicate endpoint \"" + ep.name() + "\"");
            }
        }
        return new EndpointConfig(file, out);
    }

    public synchronized List<Endpoint> endpoints() {
        return List.copyOf(endpoints.values());
    }

    public synchronized Optional<Endpoint> find(String name) {
        return Optional.ofNullable(endpoints.get(name));
    }

    /**
     * Reads the file again: entries added, changed or removed outside (another studio, an editor, the CLI) are what
     * this configuration holds from now on. A missing file keeps nothing.
     */
    public synchronized void reload() {
        EndpointConfig fresh = load(file);
        endpoints.clear();
        endpoints.putAll(fresh.endpoints);
    }

    /** Adds or replaces an endpoint by name and saves, merged into the file as it is now (nothing else is dropped). */
    public synchronized void put(Endpoint e) {
        reload();
        endpoints.put(e.name(), e);
        save();
    }

    /** Removes an endpoint by name and saves, merged into the file as it is now. */
    public synchronized void remove(String name) {
        reload();
        endpoints.remove(name);
        save();
    }

    public Path file() {
        return file;
    }

    /** Writes atomically (temp file, then rename). */
    public synchronized void save() {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", SCHEMA);
        ArrayNode list = root.putArray("endpoints");
        for (Endpoint e : new ArrayList<>(endpoints.values())) {
            list.add(JSON.valueToTree(e));
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save " + file + ": " + e.getMessage(), e);
        }
    }
}
