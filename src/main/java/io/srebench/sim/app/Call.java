package io.srebench.sim.app;

/**
 * One edge of the call graph: an operation of the caller invokes an operation of the callee.
 *
 * @param callee Service name of the callee; the Service load-balances over the workloads it selects
 * @param operation the callee operation, i.e. the server span name the callee records
 * @param protocol {@code grpc}, {@code http}, {@code redis}, {@code kafka} or {@code postgresql}
 * @param probability chance that one execution of the caller operation makes this call
 * @param async true for fire-and-forget calls (Kafka): callee failures do not fail the caller
 */
public record Call(String callee, String operation, String protocol, double probability, boolean async) {
    /** A synchronous call that is always made. */
    public static Call sync(String callee, String operation, String protocol) {
        return new Call(callee, operation, protocol, 1.0, false);
    }
}
