package io.srebench.sim.app;

import java.util.List;

/**
 * An operation a workload serves: its server span name, its own processing time and the calls it makes.
 *
 * @param workload the workload serving it
 * @param name server span name, e.g. {@code oteldemo.CartService/GetCart} or {@code GET /api/products}
 * @param selfMillis median own processing time in milliseconds (log-normal around it)
 * @param calls downstream calls, made in order
 */
public record Operation(String workload, String name, double selfMillis, List<Call> calls) {
    public Operation {
        calls = List.copyOf(calls);
    }
}
