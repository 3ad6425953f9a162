package io.srebench.studio.app;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * Small persisted preferences of the studio (dark mode, split-pane positions, window size) in
 * {@code <config dir>/studio.properties}. Written atomically (temp file + rename) so a crash never
 * leaves a half-written file; an unreadable file is ignored and rewritten with defaults.
 */
public final class StudioSettings {
    private final Path file;
    private final Properties props = new Properties();

    public StudioSettings(Path file) {
        this.file = file;
        if (file != null && Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(r);
            } catch (IOException | IllegalArgumentException ignored) {
                // a corrupt preferences file only costs the user their layout
            }
        }
    }

    /** Settings that are never saved (tests, headless snapshots). */
    public static StudioSettings inMemory() {
        return new StudioSettings(null);
    }

    public boolean darkMode() {
        return Boolean.parseBoolean(props.getProperty("darkMode", "false"));
    }

    public void setDarkMode(boolean dark) {
        props.setProperty("darkMode", Boolean.toString(dark));
        save();
    }

    /** A remembered split-pane divider position, or {@code fallback}. */
    public double divider(String key, double fallback) {
        try {
            double v = Double.parseDouble(props.getProperty("divider." + key, ""));
            return v > 0 && v < 1 ? v : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public void setDivider(String key, double position) {
        props.setProperty("divider." + key, Double.toString(position));
        save();
    }

    public String get(String key, String fallback) {
        return props.getProperty(key, fallback);
    }

    public void put(String key, String value) {
        props.setProperty(key, value);
        save();
    }

    private void save() {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                props.store(w, "srebench studio settings");
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException ignored) {
            // preferences are a convenience; failing to save them must not disturb the user's work
        }
    }
}
