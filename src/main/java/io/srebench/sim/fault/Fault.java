package io.srebench.sim.fault;

import com.fasterxml.jackson.databind.JsonNode;

/** One ITBench fault mechanism: a transformation of the healthy simulated system driven by the injection args. */
public interface Fault {
    /** The ITBench fault id (file name of its schema). */
    String id();

    /**
     * Applies the fault at {@code ctx.at()}.
     *
     * @throws UnsupportedFaultException when the args ask for something the model cannot reproduce
     * @throws io.srebench.common.BadInputException when the args are malformed
     */
    void apply(FaultContext ctx, JsonNode args);
}
