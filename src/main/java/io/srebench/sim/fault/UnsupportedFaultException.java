package io.srebench.sim.fault;

import io.srebench.common.BadInputException;

/**
 * The simulator cannot reproduce a fault: the mechanism is unknown, or it needs a capability the model lacks
 * (the message names it). The CLI reports it as bad input (exit code 2).
 */
public class UnsupportedFaultException extends BadInputException {
    private static final long serialVersionUID = 1L;

    public UnsupportedFaultException(String message) {
        super(message);
    }
}
