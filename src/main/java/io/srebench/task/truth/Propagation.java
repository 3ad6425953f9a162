package io.srebench.task.truth;

/**
 * One step of the fault's propagation chain (ITBench v1 {@code propagations[]}): {@code source} and
 * {@code target} are v1 group ids (see {@link GroundTruth#groups()}); condition and effect are free text.
 */
public record Propagation(String source, String target, String condition, String effect) {
}
