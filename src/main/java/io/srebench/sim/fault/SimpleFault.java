package io.srebench.sim.fault;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.function.BiConsumer;

/** A fault given by its id and a function. */
record SimpleFault(String id, BiConsumer<FaultContext, JsonNode> body) implements Fault {
    @Override
    public void apply(FaultContext ctx, JsonNode args) {
        body.accept(ctx, args);
    }
}
