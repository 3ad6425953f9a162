package io.srebench.sim.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.srebench.common.JsonMappers;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The feature flags of the OpenTelemetry Demo's flagd ({@code demo.flagd.json} in ConfigMap {@code flagd-config}):
 * name, description, variants (name to value) and the default variant. A flag is "active" when its default
 * variant is anything but {@code off}.
 */
public final class FlagdFlags {
    /** File name of the flag document inside the ConfigMap. */
    public static final String FILE = "demo.flagd.json";
    private static final ObjectMapper JSON = JsonMappers.json();

    /** Numeric or boolean variants of one flag. */
    private record Flag(String description, Map<String, Object> variants) {
    }

    private static final Map<String, Flag> FLAGS = new LinkedHashMap<>();

    static {
        bool("productCatalogFailure", "Fail product catalog service on a specific product");
        bool("recommendationCacheFailure", "Fail recommendation service cache");
        bool("adManualGc", "Triggers full manual garbage collections in the ad service");
        bool("adHighCpu", "Triggers high cpu load in the ad service");
        bool("adFailure", "Fail ad service");
        FLAGS.put("kafkaQueueProblems", new Flag("Overloads Kafka queue while simultaneously introducing a consumer side delay",
                variants("on", 100, "off", 0)));
        bool("cartFailure", "Fail cart service");
        FLAGS.put("paymentFailure", new Flag("Fail payment service charge requests n%",
                variants("100%", 1, "90%", 0.95, "75%", 0.75, "50%", 0.5, "25%", 0.25, "10%", 0.1, "off", 0)));
        bool("paymentUnreachable", "Payment service is unavailable");
        FLAGS.put("loadGeneratorFloodHomepage", new Flag("Flood the frontend with a large amount of requests.",
                variants("on", 100, "off", 0)));
        FLAGS.put("imageSlowLoad", new Flag("slow loading images in the frontend",
                variants("10sec", 10000, "5sec", 5000, "off", 0)));
        FLAGS.put("emailMemoryLeak", new Flag("Memory leak in the email service.",
                variants("off", 0, "1x", 1, "10x", 10, "100x", 100, "1000x", 1000, "10000x", 10000)));
        bool("failedReadinessProbe", "Readiness probe failure for cart service");
    }

    private FlagdFlags() {
    }

    private static void bool(String name, String description) {
        FLAGS.put(name, new Flag(description, variants("on", true, "off", false)));
    }

    private static Map<String, Object> variants(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** True when the demo implements a flag of this name. */
    public static boolean known(String flag) {
        return FLAGS.containsKey(flag);
    }

    /** True when {@code variant} is one of the flag's variants. */
    public static boolean hasVariant(String flag, String variant) {
        return FLAGS.containsKey(flag) && FLAGS.get(flag).variants().containsKey(variant);
    }

    /** The value of a variant (Boolean or Number), or null. */
    public static Object value(String flag, String variant) {
        Flag f = FLAGS.get(flag);
        return f == null ? null : f.variants().get(variant);
    }

    /** The flag document with the given default variants (flags not named stay {@code off}), pretty-printed. */
    public static String document(Map<String, String> defaults) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://flagd.dev/schema/v0/flags.json");
        ObjectNode flags = root.putObject("flags");
        for (Map.Entry<String, Flag> e : FLAGS.entrySet()) {
            ObjectNode f = flags.putObject(e.getKey());
            f.put("description", e.getValue().description());
            f.put("state", "ENABLED");
            ObjectNode v = f.putObject("variants");
            e.getValue().variants().forEach((k, val) -> v.putPOJO(k, val));
            f.put("defaultVariant", defaults.getOrDefault(e.getKey(), "off"));
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The flag document {@code doc} with flag {@code flag} set to {@code variant}; every other flag, including flags
     * the demo does not implement, is kept as it is.
     */
    public static String withDefault(String doc, String flag, String variant) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(doc);
            ObjectNode f = (ObjectNode) root.path("flags").path(flag);
            f.put("defaultVariant", variant);
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("flag document unreadable", e);
        }
    }

    /**
     * The flag document with one more boolean flag that no modelled service evaluates (an experiment being prepared),
     * or with that flag's default flipped when it is already there.
     */
    public static String withUnusedFlag(String doc, String flag, boolean on) {
        if (FLAGS.containsKey(flag)) {
            throw new IllegalArgumentException("flag " + flag + " is read by the demo");
        }
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(doc);
            ObjectNode flags = root.with("flags");
            ObjectNode f = flags.has(flag) ? (ObjectNode) flags.get(flag) : flags.putObject(flag);
            f.put("description", "Experiment " + flag + " (not yet read by any service)");
            f.put("state", "ENABLED");
            ObjectNode v = f.putObject("variants");
            v.put("on", true);
            v.put("off", false);
            f.put("defaultVariant", on ? "on" : "off");
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("flag document unreadable", e);
        }
    }
}
