package io.srebench.sim.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.sim.Incident;
import io.srebench.sim.app.Workload;
import io.srebench.sim.k8s.Json;
import io.srebench.sim.k8s.PodFates;

/**
 * Overwrites one environment variable of a workload container. The effect is derived from what the variable
 * means in the model: an address of a called Service ({@code *_ADDR}, {@code *_HOST}, {@code *_PORT}) that no longer
 * points at that Service's name and port makes every call to it fail; a port the server listens on that no longer
 * matches its Service makes the Service unreachable. Any other variable is refused, because its effect is unknown
 * to the model.
 */
final class EnvFault {
    private EnvFault() {
    }

    static void apply(FaultContext ctx, JsonNode args) {
        Workload w = ctx.workload(args);
        String container = ctx.container(args, w);
        String name = ctx.text(args, "container.env.name");
        String value = ctx.text(args, "container.env.value");
        String old = w.env().get(name);
        if (old == null) {
            throw ctx.unsupported("environment variable " + name + " of " + w.name() + " is not modelled, so its effect is"
                    + " unknown");
        }
        Effect effect = effect(ctx, w, name, old, value);
        ctx.cluster().rollout(w.name(), ctx.at(), ctx.manager(), spec -> {
            ArrayNode env = (ArrayNode) Json.container(spec, container).get("env");
            for (JsonNode e : env) {
                if (e.path("name").asText().equals(name)) {
                    ((ObjectNode) e).put("value", value);
                }
            }
        }, effect.listenPort() ? PodFates.notReady("Readiness probe failed: dial tcp 10.244.1.31:" + w.port()
                + ": connect: connection refused") : PodFates.healthy());
        if (effect.callee() != null) {
            ctx.incident().add(new Incident.EdgeFault(w.name(), effect.callee(), Incident.Active.between(ctx.at() + 9_000,
                    ctx.end()), 1.0, 0, effect.message(), false));
        }
    }

    private record Effect(String callee, String message, boolean listenPort) {
    }

    private static Effect effect(FaultContext ctx, Workload w, String name, String old, String value) {
        String oldHostPort = old.replaceFirst("^[a-z]+://", "");
        String newHostPort = value.replaceFirst("^[a-z]+://", "");
        if (name.endsWith("_ADDR") && oldHostPort.contains(":")) {
            String callee = oldHostPort.substring(0, oldHostPort.indexOf(':'));
            if (newHostPort.equals(oldHostPort)) {
                throw ctx.unsupported("value of " + name + " is unchanged: the fault would have no effect");
            }
            String host = newHostPort.contains(":") ? newHostPort.substring(0, newHostPort.indexOf(':')) : newHostPort;
            String port = newHostPort.contains(":") ? newHostPort.substring(newHostPort.indexOf(':') + 1) : "";
            String msg = !host.equals(callee)
                    ? "14 UNAVAILABLE: Name resolution failed for target dns:" + newHostPort
                    : port.matches("0+") || port.isEmpty()
                    ? "dial tcp: address " + newHostPort + ": invalid port"
                    : "14 UNAVAILABLE: connection error: desc = \"transport: Error while dialing: dial tcp " + newHostPort
                    + ": connect: connection refused\"";
            if (old.startsWith("http")) {
                msg = !host.equals(callee) ? "error sending request for url (http://" + newHostPort + "/getquote):"
                        + " dns error: failed to lookup address information: Name or service not known"
                        : "error sending request for url (http://" + newHostPort + "/getquote): error trying to connect:"
                        + " invalid port " + port;
            }
            return new Effect(callee, msg, false);
        }
        if (name.endsWith("_PORT") && name.startsWith(w.name().toUpperCase(java.util.Locale.ROOT).replace('-', '_'))
                || name.equals("PORT")) {
            return new Effect(null, null, !value.equals(Integer.toString(w.port())));
        }
        throw ctx.unsupported("the effect of changing " + name + " on " + w.name() + " is not modelled");
    }
}
