/**
 * The trajectory log: the versioned record of one agent run ({@code srebench.trajectory/1}), the contract
 * every other part reads and writes. The agent loop produces it, the runner and the store keep it, importers
 * translate other tools' logs into it, exporters and the studio read it.
 *
 * <p>Its rules, spelled out in docs/trajectory.md: records only (no behaviour beyond small derived values),
 * dependent on nothing of srebench but {@code common}; additive changes (new optional fields) keep version 1,
 * anything else bumps {@link io.srebench.trajectory.Trajectory#SCHEMA} and {@link io.srebench.trajectory.TrajectoryIO}
 * refuses versions it does not know with one line. API keys and their variable names are never part of it.
 */
package io.srebench.trajectory;
