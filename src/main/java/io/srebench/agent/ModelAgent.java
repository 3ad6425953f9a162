package io.srebench.agent;

import io.srebench.agent.model.Endpoint;
import io.srebench.agent.model.ModelCallException;
import io.srebench.agent.model.ModelClient;
import io.srebench.agent.model.ModelReply;
import io.srebench.agent.model.ModelRequest;
import io.srebench.agent.model.PriceTable;
import io.srebench.agent.model.Prices;
import java.util.List;
import java.util.Optional;

/** An agent that is a model behind an API: each turn is one (retried) model call with the shell and submit tools. */
public final class ModelAgent implements Agent {
    public static final String NAME = "model";

    private final Endpoint endpoint;
    private final ModelClient client;
    private final Optional<Prices> prices;
    private AgentContext context;

    public ModelAgent(Endpoint endpoint, ModelClient client, PriceTable priceTable) {
        this.endpoint = endpoint;
        this.client = client;
        this.prices = priceTable.pricesFor(endpoint);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Endpoint endpoint() {
        return endpoint;
    }

    @Override
    public void begin(AgentContext ctx) {
        this.context = ctx;
    }

    @Override
    public AgentReply act(TurnRequest request) throws ModelCallException {
        ModelReply r = client.complete(new ModelRequest(request.messages(), context == null ? List.of() : context.tools()));
        Double cost = prices.map(p -> p.cost(r.usage())).orElse(null);
        return new AgentReply(r.message(), r.usage(), r.latencyMs(), cost, r.stopReason());
    }
}
