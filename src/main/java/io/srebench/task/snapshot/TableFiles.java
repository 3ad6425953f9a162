package io.srebench.task.snapshot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of one telemetry table in a snapshot: the {@code raw} export ({@code *_raw.tsv}, every column)
 * and/or the {@code lite} export (selected columns). Either may be {@code null}, not both.
 */
public record TableFiles(Path raw, Path lite) {
    public TableFiles {
        if (raw == null && lite == null) {
            throw new IllegalArgumentException("a table needs a raw or a lite file");
        }
    }

    /** The raw file when present, else the lite one: what to read when only one is wanted. */
    public Path preferred() {
        return raw != null ? raw : lite;
    }

    /** The files present, raw first. */
    public List<Path> all() {
        List<Path> l = new ArrayList<>(2);
        if (raw != null) {
            l.add(raw);
        }
        if (lite != null) {
            l.add(lite);
        }
        return List.copyOf(l);
    }

    static boolean isRawName(String fileName) {
        return fileName.endsWith("_raw.tsv");
    }
}
