package io.srebench.agent.baseline;

import io.srebench.agent.Agent;
import io.srebench.agent.AgentContext;
import io.srebench.agent.AgentReply;
import io.srebench.agent.ToolOutcome;
import io.srebench.agent.TurnRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Baseline without a model: reads the firing alerts with jq and submits what they name. Each alert contributes one
 * entity from the first present label of {@code service_name}, {@code service} (kind Service), {@code pod} (Pod),
 * {@code deployment} (Deployment), in the alert's namespace or else the task's default namespace. The naive
 * "the alerting thing is the cause" answer: a floor any investigating agent should beat.
 */
public final class AlertEchoAgent implements Agent {
    public static final String NAME = "alert-echo";
    private String defaultNamespace;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void begin(AgentContext context) {
        defaultNamespace = context.defaultNamespace();
    }

    @Override
    public AgentReply act(TurnRequest request) {
        if (request.turn() == 1 && request.turnsLeft() > 1) {
            return AgentReply.scripted("Reading the alerts.", List.of(ScriptedCalls.shell(1, 1, SnapshotQueries.LIST_ALERTS),
                    ScriptedCalls.shell(1, 2, SnapshotQueries.ALERT_LABELS)));
        }
        String labels = "";
        for (ToolOutcome o : request.previousOutcomes()) {
            if (o.callId().equals("t1c2")) {
                labels = o.stdout();
            }
        }
        List<String> entities = entitiesFromAlertLabels(labels, defaultNamespace);
        return AgentReply.scripted("Submitting the entities the alerts name.",
                List.of(ScriptedCalls.submit(request.turn(), entities, "alert-echo: entities named by firing alerts")));
    }

    /** Entities from {@link SnapshotQueries#ALERT_LABELS} output, first-seen order, without duplicates. */
    static List<String> entitiesFromAlertLabels(String stdout, String defaultNamespace) {
        Set<String> out = new LinkedHashSet<>();
        for (String[] f : SnapshotQueries.rows(stdout)) {
            if (f.length < 6) {
                continue;
            }
            String ns = !f[1].isBlank() ? f[1] : defaultNamespace;
            String entity = null;
            if (!f[2].isBlank()) {
                entity = "Service/" + f[2];
            } else if (!f[3].isBlank()) {
                entity = "Service/" + f[3];
            } else if (!f[4].isBlank()) {
                entity = "Pod/" + f[4];
            } else if (!f[5].isBlank()) {
                entity = "Deployment/" + f[5];
            }
            if (entity != null) {
                out.add(ns == null || ns.isBlank() ? entity : ns + "/" + entity);
            }
        }
        return new ArrayList<>(out);
    }
}
