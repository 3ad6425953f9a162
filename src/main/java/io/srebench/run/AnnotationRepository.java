package io.srebench.run;

import java.util.List;
import java.util.Map;

/** Annotations of runs; editable, kept apart from runs and scores. */
public interface AnnotationRepository {
    /**
     * Saves a new annotation (id 0) or updates an existing one; returns its id. A new annotation keeps its
     * {@code createdAt}/{@code updatedAt} when given (restored from an export), else both are now; an update sets
     * {@code updatedAt} to now.
     */
    long saveAnnotation(Annotation a);

    void deleteAnnotation(long id);

    List<Annotation> annotations(long runId);

    List<Annotation> allAnnotations();

    /** Per agent, per label: how many annotations its runs carry. */
    Map<String, Map<AnnotationLabel, Integer>> labelCountsByAgent();
}
