package io.srebench.task.truth;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What actually went wrong in a task, as srebench scores it: the independent root causes (each with its
 * aliases), the alerts the incident is expected to fire, and (v1 only) the propagation chain.
 *
 * <p>Built by {@link GroundTruthLoader} from ITBench v2 and/or v1 files; see that class for the merge rule.
 *
 * @param rootCauses distinct root causes, in file order; may be empty only for a file that names none
 *     ({@link GroundTruthLoader#load} refuses that)
 * @param expectedAlerts alert names (Prometheus alertname), without duplicates
 * @param propagations v1 propagation steps; empty for a v2-only truth
 * @param groups v1 groups by id, in file order, to resolve propagation ends; empty for a v2-only truth
 */
public record GroundTruth(List<RootCause> rootCauses, List<String> expectedAlerts, List<Propagation> propagations,
                          Map<String, EntityMatcher> groups) {
    public GroundTruth {
        rootCauses = List.copyOf(rootCauses);
        expectedAlerts = List.copyOf(expectedAlerts);
        propagations = List.copyOf(propagations);
        groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
    }

    /** A truth without v1 groups. */
    public GroundTruth(List<RootCause> rootCauses, List<String> expectedAlerts, List<Propagation> propagations) {
        this(rootCauses, expectedAlerts, propagations, Map.of());
    }
}
