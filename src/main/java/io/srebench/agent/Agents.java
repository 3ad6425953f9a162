package io.srebench.agent;

import io.srebench.agent.baseline.AlertEchoAgent;
import io.srebench.agent.baseline.OracleAgent;
import io.srebench.agent.baseline.TopologyWalkAgent;
import io.srebench.agent.model.Endpoint;
import io.srebench.agent.model.ModelClient;
import io.srebench.agent.model.PriceTable;
import io.srebench.agent.provider.Providers;
import java.util.List;

/** Creates agents by registry name: {@code model}, {@code alert-echo}, {@code topology-walk}, {@code oracle}. */
public final class Agents {
    /** Names {@link #create} accepts. */
    public static final List<String> NAMES = List.of(ModelAgent.NAME, AlertEchoAgent.NAME, TopologyWalkAgent.NAME,
            OracleAgent.NAME);

    private Agents() {
    }

    /**
     * Options for {@link #create}.
     *
     * @param endpoint required for {@code model}
     * @param client the model client to use; null to build the default (SDK client with retries) from the endpoint
     * @param prices price table for cost; null for the bundled one
     * @param groundTruth required for {@code oracle}: the entity strings it submits
     */
    public record Options(Endpoint endpoint, ModelClient client, PriceTable prices, List<String> groundTruth) {
        public static Options none() {
            return new Options(null, null, null, null);
        }
    }

    public static Agent create(String name, Options options) {
        String n = name == null ? "" : name.trim();
        switch (n) {
            case ModelAgent.NAME -> {
                if (options.endpoint() == null) {
                    throw new IllegalArgumentException("agent model needs an endpoint");
                }
                ModelClient client = options.client() != null ? options.client() : Providers.create(options.endpoint());
                PriceTable prices = options.prices() != null ? options.prices() : PriceTable.bundled();
                return new ModelAgent(options.endpoint(), client, prices);
            }
            case AlertEchoAgent.NAME -> {
                return new AlertEchoAgent();
            }
            case TopologyWalkAgent.NAME -> {
                return new TopologyWalkAgent();
            }
            case OracleAgent.NAME -> {
                if (options.groundTruth() == null) {
                    throw new IllegalArgumentException("agent oracle needs the ground-truth entities");
                }
                return new OracleAgent(options.groundTruth());
            }
            default -> throw new IllegalArgumentException("unknown agent \"" + name + "\" (known: " + String.join(", ", NAMES)
                    + ")");
        }
    }
}
