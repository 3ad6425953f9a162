package io.srebench.sim.fault;

import com.fasterxml.jackson.databind.JsonNode;
import io.srebench.sim.Incident;
import io.srebench.sim.app.AppModel;
import io.srebench.sim.app.Workload;
import io.srebench.sim.k8s.Cluster;
import io.srebench.common.BadInputException;

import java.util.Set;

/**
 * What a fault works on: the cluster, the incident effects, the instant of the injection, and where in the
 * scenario file the injection sits (for error messages). Also the common argument checks.
 */
public final class FaultContext {
    private final Cluster cluster;
    private final Incident incident;
    private final long at;
    private final String where;

    public FaultContext(Cluster cluster, Incident incident, long at, String file, String path) {
        this.cluster = cluster;
        this.incident = incident;
        this.at = at;
        this.where = file + ": " + path;
    }

    public Cluster cluster() {
        return cluster;
    }

    public AppModel app() {
        return cluster.app();
    }

    public Incident incident() {
        return incident;
    }

    /**
     * Field manager recorded for changes made by the injection: drawn per task from the same pool the benign churn
     * uses ({@link io.srebench.sim.k8s.FieldManagers#HUMAN}), so the manager name alone never marks the fault.
     */
    public String manager() {
        return cluster.operatorManager();
    }

    /** Creates an object at {@code at} written by this task's injector (see {@link #manager()}). */
    public void create(com.fasterxml.jackson.databind.node.ObjectNode body, long at) {
        io.srebench.sim.k8s.FieldManagers.write(body, manager(), at, null);
        cluster.world().add(body, at);
    }

    /** The injection instant (epoch ms). */
    public long at() {
        return at;
    }

    /** End of the recorded window. */
    public long end() {
        return cluster.timeline().end();
    }

    /** Active from the injection to the end of the window. */
    public Incident.Active fromNow() {
        return Incident.Active.between(at, end());
    }

    /** Malformed argument. */
    public BadInputException bad(String field, String message) {
        return new BadInputException(where + ".args." + field + ": " + message);
    }

    /** The model cannot reproduce this. */
    public UnsupportedFaultException unsupported(String message) {
        return new UnsupportedFaultException(where + ": " + message);
    }

    /** A required text argument at a dotted path. */
    public String text(JsonNode args, String dotted) {
        JsonNode n = args;
        for (String part : dotted.split("\\.")) {
            n = n.path(part);
        }
        if (!n.isValueNode() || n.asText().isEmpty()) {
            throw bad(dotted, "missing");
        }
        return n.asText();
    }

    /** Namespace of {@code args.kubernetesObject}, checked to be the modelled application's namespace. */
    public String namespace(JsonNode args) {
        String ns = text(args, "kubernetesObject.metadata.namespace");
        if (!ns.equals(app().namespace())) {
            throw unsupported("namespace \"" + ns + "\" is not modelled (the simulated " + app().id()
                    + " runs in \"" + app().namespace() + "\")");
        }
        return ns;
    }

    /** The workload named by {@code args.kubernetesObject}, whose kind must be one of {@code kinds}. */
    public Workload workload(JsonNode args, Set<String> kinds) {
        String kind = text(args, "kubernetesObject.kind");
        if (!kinds.contains(kind)) {
            throw bad("kubernetesObject.kind", "expected one of " + kinds + ", found \"" + kind + "\"");
        }
        namespace(args);
        String name = text(args, "kubernetesObject.metadata.name");
        Workload w = app().workload(name);
        if (w == null) {
            throw unsupported("workload \"" + name + "\" is not part of the modelled " + app().id());
        }
        if (!w.kind().equals(kind)) {
            throw unsupported(kind + " \"" + name + "\" is modelled as a " + w.kind());
        }
        return w;
    }

    /** Deployment or StatefulSet named by {@code args.kubernetesObject}. */
    public Workload workload(JsonNode args) {
        return workload(args, Set.of("Deployment", "StatefulSet"));
    }

    /** Checks {@code args.container.name} names the workload's container and returns it. */
    public String container(JsonNode args, Workload w) {
        String c = text(args, "container.name");
        if (!c.equals(w.container())) {
            throw unsupported("container \"" + c + "\" does not exist in " + w.kind() + " \"" + w.name()
                    + "\" (its container is \"" + w.container() + "\")");
        }
        return c;
    }
}
