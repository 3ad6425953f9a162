package io.srebench.agent.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.srebench.common.BadInputException;
import io.srebench.common.JsonMappers;
import io.srebench.common.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Model list prices: the bundled table ({@code prices.json}, dated by its {@code asOf}) overlaid by an optional
 * user file of the same shape. Lookup of a model id tries, in order: the id, the id after the last {@code /}
 * (OpenRouter style {@code openai/gpt-4o}), then the same with {@code .} replaced by {@code -}, each first
 * exactly and then by the longest table key that is a prefix followed by {@code -} (so dated ids such as
 * {@code gpt-4.1-2025-04-14} or {@code claude-sonnet-4-5-20250929} find their family). Unknown models have no
 * price: their cost is reported as unknown, not as zero.
 */
public final class PriceTable {
    private static final String RESOURCE = "/io/srebench/agent/model/prices.json";
    private static final ObjectMapper JSON = JsonMappers.json();

    private final Map<String, Prices> prices;
    private final String asOf;

    private PriceTable(Map<String, Prices> prices, String asOf) {
        this.prices = Map.copyOf(prices);
        this.asOf = asOf;
    }

    /** The bundled table. */
    public static PriceTable bundled() {
        try (InputStream in = PriceTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            JsonNode root = JSON.readTree(in);
            Map<String, Prices> m = new LinkedHashMap<>();
            parseModels(root, RESOURCE, m);
            return new PriceTable(m, root.path("asOf").asText(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled table overlaid by {@code userFile} when it exists (entries there win). */
    public static PriceTable load(Path userFile) {
        PriceTable base = bundled();
        if (userFile == null || !Files.isRegularFile(userFile)) {
            return base;
        }
        JsonNode root;
        try {
            root = JSON.readTree(userFile.toFile());
        } catch (IOException e) {
            throw new BadInputException(userFile + ": not valid JSON: " + Text.firstLine(e.getMessage()), e);
        }
        Map<String, Prices> m = new LinkedHashMap<>(base.prices);
        parseModels(root, userFile.toString(), m);
        return new PriceTable(m, root.path("asOf").asText(base.asOf));
    }

    /** The date the bundled list prices were checked, e.g. {@code 2025-11-15}. */
    public String asOf() {
        return asOf;
    }

    public Optional<Prices> lookup(String model) {
        if (model == null) {
            return Optional.empty();
        }
        String id = model.trim().toLowerCase(Locale.ROOT);
        String tail = id.substring(id.lastIndexOf('/') + 1);
        for (String candidate : new String[] {id, tail, tail.replace('.', '-')}) {
            Prices p = find(candidate);
            if (p != null) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The endpoint's own prices if set, else the table's for its model. */
    public Optional<Prices> pricesFor(Endpoint e) {
        return e.prices() != null ? Optional.of(e.prices()) : lookup(e.model());
    }

    private Prices find(String id) {
        Prices exact = prices.get(id);
        if (exact != null) {
            return exact;
        }
        String best = null;
        for (String key : prices.keySet()) {
            if (id.startsWith(key + "-") && (best == null || key.length() > best.length())) {
                best = key;
            }
        }
        return best == null ? null : prices.get(best);
    }

    private static void parseModels(JsonNode root, String file, Map<String, Prices> into) {
        JsonNode models = root.path("models");
        if (!models.isObject()) {
            throw new BadInputException(file + ": models: expected an object of model -> prices");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = models.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode p = e.getValue();
            String where = file + ": models." + e.getKey();
            if (!p.path("input").isNumber() || !p.path("output").isNumber()) {
                throw new BadInputException(where + ": needs numeric input and output prices");
            }
            JsonNode cached = p.path("cachedInput");
            if (!cached.isMissingNode() && !cached.isNull() && !cached.isNumber()) {
                throw new BadInputException(where + ".cachedInput: expected a number");
            }
            into.put(e.getKey().toLowerCase(Locale.ROOT), new Prices(p.get("input").asDouble(),
                    cached.isNumber() ? cached.asDouble() : null, p.get("output").asDouble()));
        }
    }
}
