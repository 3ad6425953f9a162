package io.srebench.studio.kit.scoring;

import io.srebench.run.Annotation;
import io.srebench.run.AnnotationLabel;
import io.srebench.run.AnnotationRepository;
import io.srebench.studio.app.BackgroundExecutor;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The annotations of one run, one per scored entity (keyed by the entity text lower-cased), loaded and saved through
 * the {@link BackgroundExecutor}. Saving never touches the run or its scores: it writes only the annotations table.
 * When the store holds several annotations for the same entity (e.g. written by another tool), the newest one is the
 * one shown and edited.
 */
public final class AnnotationsModel {
    private final AnnotationRepository repo;
    private final long runId;
    private final BackgroundExecutor executor;
    private final ObservableMap<String, Annotation> byEntity = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public AnnotationsModel(AnnotationRepository repo, long runId, BackgroundExecutor executor) {
        this.repo = repo;
        this.runId = runId;
        this.executor = executor;
    }

    public long runId() {
        return runId;
    }

    /** Loads the run's annotations (replaces what is shown). */
    public void load() {
        executor.submit("annotations of run " + runId, () -> repo.annotations(runId), list -> {
            Map<String, Annotation> m = new HashMap<>();
            for (Annotation a : list) {
                m.merge(key(a.entity()), a, (x, y) -> y.id() > x.id() ? y : x);
            }
            byEntity.clear();
            byEntity.putAll(m);
        }, e -> message.set("cannot read annotations: " + e.getMessage()));
    }

    /** Annotations by lower-cased entity. */
    public ObservableMap<String, Annotation> byEntity() {
        return byEntity;
    }

    /** The annotation of {@code entity}, or null. */
    public Annotation of(String entity) {
        return byEntity.get(key(entity));
    }

    /** The last save/load problem or confirmation. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * Saves (creates or edits) the annotation of {@code entity}.
     *
     * @param turn 1-based turn where the entity was dismissed; required for {@link AnnotationLabel#LOOKED_AT_AND_DISMISSED}
     *             and dropped for every other label
     * @throws IllegalArgumentException when a dismissal has no turn
     */
    public void save(String entity, AnnotationLabel label, Integer turn, String note) {
        if (label == AnnotationLabel.LOOKED_AT_AND_DISMISSED && (turn == null || turn < 1)) {
            throw new IllegalArgumentException("\"looked at and dismissed\" needs the turn where it was dismissed");
        }
        Annotation old = of(entity);
        Integer t = label == AnnotationLabel.LOOKED_AT_AND_DISMISSED ? turn : null;
        Annotation a = new Annotation(old == null ? 0 : old.id(), runId, entity, label, t, note == null ? "" : note.strip(),
                author(), old == null ? null : old.createdAt(), null);
        executor.submit("save annotation", () -> {
            long id = repo.saveAnnotation(a);
            return repo.annotations(runId).stream().filter(x -> x.id() == id).findFirst().orElse(a);
        }, saved -> {
            byEntity.put(key(entity), saved);
            message.set("saved: " + entity + " — " + label.text());
        }, e -> message.set("cannot save annotation: " + e.getMessage()));
    }

    /** Deletes the annotation of {@code entity}, if any. */
    public void delete(String entity) {
        Annotation old = of(entity);
        if (old == null) {
            return;
        }
        executor.submit("delete annotation", () -> {
            repo.deleteAnnotation(old.id());
            return old;
        }, x -> {
            byEntity.remove(key(entity));
            message.set("removed: " + entity);
        }, e -> message.set("cannot delete annotation: " + e.getMessage()));
    }

    /** Who is annotating: the {@code user.name} system property, else {@code $USER}, else "unknown". */
    public static String author() {
        String u = System.getProperty("user.name");
        if (u == null || u.isBlank()) {
            u = System.getenv("USER");
        }
        return u == null || u.isBlank() ? "unknown" : u;
    }

    /** Labels that apply to a target, in taxonomy order. */
    public static List<AnnotationLabel> labels(AnnotationLabel.Target target) {
        return java.util.Arrays.stream(AnnotationLabel.values()).filter(l -> l.target() == target).toList();
    }

    /** One-line description of a stored annotation, e.g. {@code by alice, 2026-01-01 10:00 UTC}. */
    public static String describe(Annotation a) {
        Instant at = a.updatedAt() != null ? a.updatedAt() : a.createdAt();
        String when = at == null ? "" : ", " + at.toString().replace('T', ' ').replaceAll(":\\d\\d(\\.\\d+)?Z$", " UTC");
        return "by " + a.author() + when;
    }

    private static String key(String entity) {
        return entity == null ? "" : entity.strip().toLowerCase(Locale.ROOT);
    }
}
