package io.srebench.sim.k8s;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The Kubernetes API state over simulated time: every object as a list of versions, each valid from one instant
 * (inclusive) to the next (exclusive). Faults edit objects at an instant; the object recorder samples the state
 * every five minutes and the data plane reads it to decide what can reach what. Times are epoch milliseconds.
 * Objects keep insertion order, so every traversal is deterministic.
 */
public final class World {
    /** One version of an object. */
    public record Version(long from, long to, ObjectNode body) {
    }

    private final Map<String, List<Version>> objects = new LinkedHashMap<>();
    private long resourceVersion = 1_204_000;

    /** Key of an object: kind, namespace (empty for cluster-scoped) and name. */
    public static String key(String kind, String ns, String name) {
        return kind + "|" + (ns == null ? "" : ns) + "|" + name;
    }

    private static String key(ObjectNode o) {
        ObjectNode md = (ObjectNode) o.get("metadata");
        return key(o.get("kind").asText(), md.path("namespace").asText(""), md.get("name").asText());
    }

    /** Adds a new object existing from {@code at}. */
    public void add(ObjectNode body, long at) {
        String k = key(body);
        List<Version> vs = objects.computeIfAbsent(k, x -> new ArrayList<>());
        if (!vs.isEmpty() && vs.get(vs.size() - 1).to() > at) {
            throw new IllegalStateException("object already exists: " + k);
        }
        ((ObjectNode) body.get("metadata")).put("resourceVersion", Long.toString(++resourceVersion));
        FieldManagers.created(body, at);
        vs.add(new Version(at, Long.MAX_VALUE, body));
    }

    /** True when the object exists at {@code t}. */
    public boolean exists(String kind, String ns, String name, long t) {
        return at(kind, ns, name, t) != null;
    }

    /** The object as it is at {@code t}, or null. Do not modify the result. */
    public ObjectNode at(String kind, String ns, String name, long t) {
        List<Version> vs = objects.get(key(kind, ns, name));
        if (vs == null) {
            return null;
        }
        for (Version v : vs) {
            if (v.from() <= t && t < v.to()) {
                return v.body();
            }
        }
        return null;
    }

    /** The latest version of an object ever added (even if deleted since), or null. */
    public ObjectNode latest(String kind, String ns, String name) {
        List<Version> vs = objects.get(key(kind, ns, name));
        return vs == null || vs.isEmpty() ? null : vs.get(vs.size() - 1).body();
    }

    /**
     * Changes an object from {@code at} on: a copy of the version live at {@code at} is edited and becomes the new
     * version. {@code manager} is recorded in {@code metadata.managedFields} as the field manager.
     */
    public void update(String kind, String ns, String name, long at, String manager, Consumer<ObjectNode> edit) {
        List<Version> vs = objects.get(key(kind, ns, name));
        if (vs == null) {
            throw new IllegalStateException("no such object: " + key(kind, ns, name));
        }
        for (int i = vs.size() - 1; i >= 0; i--) {
            Version v = vs.get(i);
            if (v.from() <= at && at < v.to()) {
                ObjectNode copy = v.body().deepCopy();
                edit.accept(copy);
                ObjectNode md = (ObjectNode) copy.get("metadata");
                md.put("resourceVersion", Long.toString(++resourceVersion));
                FieldManagers.write(copy, manager, at, null);
                int next;
                if (v.from() == at) {
                    vs.set(i, new Version(at, v.to(), copy));
                    next = i + 1;
                } else {
                    vs.set(i, new Version(v.from(), at, v.body()));
                    vs.add(i + 1, new Version(at, v.to(), copy));
                    next = i + 2;
                }
                // later versions were derived before this edit was known: the edit persists into them, as a patch
                // applied at that instant would (not for pods and ReplicaSets, whose edits are status snapshots)
                boolean snapshot = kind.equals("Pod") || kind.equals("ReplicaSet");
                for (int j = next; !snapshot && j < vs.size() && vs.get(j).from() == vs.get(j - 1).to(); j++) {
                    Version later = vs.get(j);
                    ObjectNode body = later.body().deepCopy();
                    edit.accept(body);
                    FieldManagers.writeAtLeast(body, manager, at);
                    vs.set(j, new Version(later.from(), later.to(), body));
                }
                return;
            }
        }
        throw new IllegalStateException("object not live at " + at + ": " + key(kind, ns, name));
    }

    /** Deletes an object at {@code at} (no-op when it is not live then). */
    public void delete(String kind, String ns, String name, long at) {
        List<Version> vs = objects.get(key(kind, ns, name));
        if (vs == null) {
            return;
        }
        for (int i = 0; i < vs.size(); i++) {
            Version v = vs.get(i);
            if (v.from() <= at && at < v.to()) {
                if (v.from() == at) {
                    vs.remove(i);
                } else {
                    vs.set(i, new Version(v.from(), at, v.body()));
                }
                return;
            }
        }
    }

    /** Every object live at {@code t}, in insertion order. */
    public List<ObjectNode> all(long t) {
        List<ObjectNode> out = new ArrayList<>();
        for (List<Version> vs : objects.values()) {
            for (Version v : vs) {
                if (v.from() <= t && t < v.to()) {
                    out.add(v.body());
                }
            }
        }
        return out;
    }

    /** Objects of {@code kind} in {@code ns} (null: any namespace) live at {@code t}. */
    public List<ObjectNode> all(String kind, String ns, long t) {
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode o : all(t)) {
            if (o.get("kind").asText().equals(kind)
                    && (ns == null || ns.equals(o.get("metadata").path("namespace").asText("")))) {
                out.add(o);
            }
        }
        return out;
    }

    /** Every object key ever added with its versions, in insertion order. */
    public Map<String, List<Version>> history() {
        return objects;
    }
}
