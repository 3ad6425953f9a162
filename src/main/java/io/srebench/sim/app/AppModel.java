package io.srebench.sim.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A modelled application: its workloads, the operations they serve (the call graph), the request mix the
 * load generator sends, and the ConfigMaps/Secrets it ships. Everything is kept in declaration order so
 * that generation is deterministic.
 */
public final class AppModel {
    /** One kind of user request the load generator sends, with its relative weight. */
    public record Entry(String operation, double weight) {
    }

    private final String id;
    private final String namespace;
    private final String partOf;
    private final Map<String, Workload> workloads = new LinkedHashMap<>();
    private final Map<String, Operation> operations = new LinkedHashMap<>();
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Map<String, String>> configMaps = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> secrets = new LinkedHashMap<>();
    private String entryWorkload;
    private boolean istio;

    public AppModel(String id, String namespace, String partOf) {
        this.id = id;
        this.namespace = namespace;
        this.partOf = partOf;
    }

    /** Application id as used in task manifests: {@code opentelemetry-demo} or {@code book-info}. */
    public String id() {
        return id;
    }

    public String namespace() {
        return namespace;
    }

    /** Value of the {@code app.kubernetes.io/part-of} label. */
    public String partOf() {
        return partOf;
    }

    public AppModel workload(Workload w) {
        workloads.put(w.name(), w);
        return this;
    }

    public AppModel operation(String workload, String name, double selfMillis, Call... calls) {
        operations.put(workload + " " + name, new Operation(workload, name, selfMillis, List.of(calls)));
        return this;
    }

    public AppModel entry(String operationKey, double weight) {
        entries.add(new Entry(operationKey, weight));
        return this;
    }

    public AppModel configMap(String name, Map<String, String> data) {
        configMaps.put(name, Collections.unmodifiableMap(new LinkedHashMap<>(data)));
        return this;
    }

    public AppModel secret(String name, Map<String, String> data) {
        secrets.put(name, Collections.unmodifiableMap(new LinkedHashMap<>(data)));
        return this;
    }

    public AppModel entryWorkload(String name) {
        this.entryWorkload = name;
        return this;
    }

    public AppModel istio(boolean on) {
        this.istio = on;
        return this;
    }

    /** True for applications served through an Istio ambient mesh (BookInfo). */
    public boolean istio() {
        return istio;
    }

    /** The workload that originates user traffic (the load generator). */
    public String entryWorkload() {
        return entryWorkload;
    }

    public Map<String, Workload> workloads() {
        return Collections.unmodifiableMap(workloads);
    }

    public Workload workload(String name) {
        return workloads.get(name);
    }

    /** Operation by key {@code "<workload> <span name>"}. */
    public Operation operation(String key) {
        return operations.get(key);
    }

    /** The operation {@code name} served by {@code workload}, or null. */
    public Operation operation(String workload, String name) {
        return operations.get(workload + " " + name);
    }

    /** Workloads selected by the Service {@code service}, in declaration order. */
    public List<Workload> backends(String service) {
        List<Workload> out = new ArrayList<>();
        for (Workload w : workloads.values()) {
            if (w.service().equals(service)) {
                out.add(w);
            }
        }
        return out;
    }

    public Map<String, Operation> operations() {
        return Collections.unmodifiableMap(operations);
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    public Map<String, Map<String, String>> configMaps() {
        return Collections.unmodifiableMap(configMaps);
    }

    public Map<String, Map<String, String>> secrets() {
        return Collections.unmodifiableMap(secrets);
    }

    /** Distinct caller workload -> callee Service edges of the call graph, in declaration order. */
    public List<String[]> edges() {
        Map<String, String[]> out = new LinkedHashMap<>();
        for (Operation op : operations.values()) {
            for (Call c : op.calls()) {
                out.putIfAbsent(op.workload() + ">" + c.callee(), new String[] {op.workload(), c.callee(), c.protocol()});
            }
        }
        for (Entry e : entries) {
            Operation op = operations.get(e.operation());
            String svc = workloads.get(op.workload()).service();
            out.putIfAbsent(entryWorkload + ">" + svc, new String[] {entryWorkload, svc, "http"});
        }
        return List.copyOf(out.values());
    }

    /** Workloads that call the Service {@code callee} directly. */
    public List<String> callers(String callee) {
        List<String> out = new ArrayList<>();
        for (String[] e : edges()) {
            if (e[1].equals(callee) && !out.contains(e[0])) {
                out.add(e[0]);
            }
        }
        return out;
    }
}
