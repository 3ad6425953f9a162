package io.srebench.sim.k8s;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.srebench.common.JsonMappers;
import java.util.Map;

/** The one Jackson mapper of the simulator and a few tree helpers. */
public final class Json {
    /** Shared mapper; object key order is insertion order, so output is deterministic. */
    public static final ObjectMapper M = JsonMappers.json();

    private Json() {
    }

    public static ObjectNode obj() {
        return M.createObjectNode();
    }

    public static ArrayNode arr() {
        return M.createArrayNode();
    }

    /** An object node with the given string entries in order. */
    public static ObjectNode strings(Map<String, String> m) {
        ObjectNode o = obj();
        m.forEach(o::put);
        return o;
    }

    /** Compact JSON text. */
    public static String text(Object node) {
        try {
            return M.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The container named {@code name} inside a pod spec (or the first one), or null. */
    public static ObjectNode container(ObjectNode podSpec, String name) {
        ArrayNode cs = (ArrayNode) podSpec.get("containers");
        if (cs == null || cs.isEmpty()) {
            return null;
        }
        for (int i = 0; i < cs.size(); i++) {
            if (cs.get(i).path("name").asText().equals(name)) {
                return (ObjectNode) cs.get(i);
            }
        }
        return null;
    }

    /** The pod template spec of a Deployment/StatefulSet/ReplicaSet. */
    public static ObjectNode templateSpec(ObjectNode workload) {
        return (ObjectNode) workload.get("spec").get("template").get("spec");
    }
}
