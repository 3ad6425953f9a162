package io.srebench.run;

import java.util.List;
import java.util.Map;

/** Annotations of runs; editable, kept apart from runs and scores. */
public interface AnnotationRepository {
    /** Saves a new annotation (id 0) or updates an existing one; returns its id. */
    long saveAnnotation(Annotation a);

    void deleteAnnotation(long id);

    List<Annotation> annotations(long runId);

    List<Annotation> allAnnotations();

    /** Per agent, per label: how many annotations its runs carry. */
    Map<String, Map<AnnotationLabel, Integer>> labelCountsByAgent();
}
