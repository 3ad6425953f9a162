package io.srebench.agent;

import io.srebench.agent.baseline.AlertEchoAgent;
import io.srebench.agent.baseline.OracleAgent;
import io.srebench.agent.baseline.TopologyWalkAgent;
import io.srebench.agent.model.Endpoint;
import io.srebench.agent.model.ModelClient;
import io.srebench.agent.model.PriceTable;
import io.srebench.agent.provider.Providers;
import io.srebench.agent.shortcut.ChangedObjectsAgent;
import io.srebench.agent.shortcut.ConstantAnswerAgent;
import io.srebench.agent.shortcut.ErrorOriginAgent;
import io.srebench.agent.shortcut.FieldManagerOutlierAgent;
import io.srebench.agent.shortcut.FirstAlertAgent;
import io.srebench.agent.shortcut.NewestObjectsAgent;
import io.srebench.agent.shortcut.SevereChaosAgent;
import io.srebench.agent.shortcut.ShortcutVoteAgent;
import io.srebench.agent.shortcut.WarningEventsAgent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Creates agents by registry name: {@code model}, the baselines {@code alert-echo}, {@code topology-walk},
 * {@code oracle}, and the shortcuts ({@code shortcut-*}, see {@link #SHORTCUTS}).
 */
public final class Agents {
    /** The shortcut agents, in the order the audit reports them (the vote last). */
    public static final List<String> SHORTCUTS = List.of(ConstantAnswerAgent.NAME, ChangedObjectsAgent.NAME,
            NewestObjectsAgent.NAME, FieldManagerOutlierAgent.NAME, ErrorOriginAgent.NAME, FirstAlertAgent.NAME,
            SevereChaosAgent.NAME, WarningEventsAgent.NAME,
            ShortcutVoteAgent.NAME);

    /**
     * The honest offline baselines, the floor any investigating agent should beat: what the studio's demo runs and
     * what a new benchmark selects by default (the oracle and the shortcuts know or game the answer).
     */
    public static final List<String> FLOOR = List.of(AlertEchoAgent.NAME, TopologyWalkAgent.NAME);

    private static final Map<String, Entry> REGISTRY = registry();

    /** Names {@link #create} accepts. */
    public static final List<String> NAMES = List.copyOf(REGISTRY.keySet());

    /** The built-in agents that need no model endpoint: every name but {@code model}, in registry order. */
    public static final List<String> BASELINES = NAMES.stream().filter(n -> !ModelAgent.NAME.equals(n)).toList();

    /** What an agent needs from the harness besides the sandbox; the harness asks here instead of naming agents. */
    public enum Needs {
        /** Nothing. */
        NOTHING,
        /** A model endpoint ({@link Options#endpoint()}). */
        ENDPOINT,
        /** The task's ground-truth entities ({@link Options#groundTruth()}); only the oracle. */
        GROUND_TRUTH,
        /** The entities a blind user would submit ({@link Options#constantAnswer()}). */
        CONSTANT_ANSWER
    }

    private record Entry(Needs needs, Function<Options, Agent> make) {
    }

    private Agents() {
    }

    /**
     * Options for {@link #create}.
     *
     * @param endpoint required for {@code model}
     * @param client the model client to use; null to build the default (SDK client with retries) from the endpoint
     * @param prices price table for cost; null for the bundled one
     * @param groundTruth required for {@code oracle}: the entity strings it submits
     * @param constantAnswer what {@code shortcut-constant} submits (and votes in {@code shortcut-vote}); null for none
     */
    public record Options(Endpoint endpoint, ModelClient client, PriceTable prices, List<String> groundTruth,
                          List<String> constantAnswer) {
        public Options(Endpoint endpoint, ModelClient client, PriceTable prices, List<String> groundTruth) {
            this(endpoint, client, prices, groundTruth, null);
        }

        public static Options none() {
            return new Options(null, null, null, null, null);
        }
    }

    private static Map<String, Entry> registry() {
        Map<String, Entry> m = new LinkedHashMap<>();
        m.put(ModelAgent.NAME, new Entry(Needs.ENDPOINT, o -> {
            if (o.endpoint() == null) {
                throw new IllegalArgumentException("agent model needs an endpoint");
            }
            ModelClient client = o.client() != null ? o.client() : Providers.create(o.endpoint());
            return new ModelAgent(o.endpoint(), client, o.prices() != null ? o.prices() : PriceTable.bundled());
        }));
        m.put(AlertEchoAgent.NAME, new Entry(Needs.NOTHING, o -> new AlertEchoAgent()));
        m.put(TopologyWalkAgent.NAME, new Entry(Needs.NOTHING, o -> new TopologyWalkAgent()));
        m.put(OracleAgent.NAME, new Entry(Needs.GROUND_TRUTH, o -> {
            if (o.groundTruth() == null) {
                throw new IllegalArgumentException("agent oracle needs the ground-truth entities");
            }
            return new OracleAgent(o.groundTruth());
        }));
        m.put(ConstantAnswerAgent.NAME, new Entry(Needs.CONSTANT_ANSWER, o -> {
            if (o.constantAnswer() == null || o.constantAnswer().isEmpty()) {
                throw new IllegalArgumentException("agent " + ConstantAnswerAgent.NAME + " needs the entities to submit");
            }
            return new ConstantAnswerAgent(o.constantAnswer());
        }));
        m.put(ChangedObjectsAgent.NAME, new Entry(Needs.NOTHING, o -> new ChangedObjectsAgent()));
        m.put(NewestObjectsAgent.NAME, new Entry(Needs.NOTHING, o -> new NewestObjectsAgent()));
        m.put(SevereChaosAgent.NAME, new Entry(Needs.NOTHING, o -> new SevereChaosAgent()));
        m.put(WarningEventsAgent.NAME, new Entry(Needs.NOTHING, o -> new WarningEventsAgent()));
        m.put(FieldManagerOutlierAgent.NAME, new Entry(Needs.NOTHING, o -> new FieldManagerOutlierAgent()));
        m.put(ErrorOriginAgent.NAME, new Entry(Needs.NOTHING, o -> new ErrorOriginAgent()));
        m.put(FirstAlertAgent.NAME, new Entry(Needs.NOTHING, o -> new FirstAlertAgent()));
        // the vote counts the constant answer as one voice when it has one
        m.put(ShortcutVoteAgent.NAME, new Entry(Needs.CONSTANT_ANSWER, o -> new ShortcutVoteAgent(
                o.constantAnswer() == null ? List.of() : o.constantAnswer())));
        return m;
    }

    /** What agent {@code name} needs from the harness; {@link Needs#NOTHING} for a name that is not registered. */
    public static Needs needs(String name) {
        Entry e = REGISTRY.get(name == null ? "" : name.trim());
        return e == null ? Needs.NOTHING : e.needs();
    }

    public static Agent create(String name, Options options) {
        String n = name == null ? "" : name.trim();
        Entry e = REGISTRY.get(n);
        if (e == null) {
            throw new IllegalArgumentException("unknown agent \"" + name + "\" (known: " + String.join(", ", NAMES) + ")");
        }
        return e.make().apply(options);
    }
}
