package io.srebench.common;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where srebench keeps per-user files, following each platform's convention: XDG base
 * directories on Linux, ~/Library on macOS, %LOCALAPPDATA%/%APPDATA% on Windows.
 * Environment overrides ({@code SREBENCH_DATA_DIR}, {@code SREBENCH_CACHE_DIR},
 * {@code SREBENCH_CONFIG_DIR}) win, so tests and CI never touch a real home directory.
 */
public final class UserDirs {
    private final Map<String, String> env;
    private final String os;
    private final Path home;

    public UserDirs(Map<String, String> env, String osName, Path home) {
        this.env = env;
        this.os = osName.toLowerCase(Locale.ROOT);
        this.home = home;
    }

    /** The directories of the current process's user. */
    public static UserDirs current() {
        return new UserDirs(System.getenv(), System.getProperty("os.name", "linux"),
                Path.of(System.getProperty("user.home")));
    }

    /** Persistent data: the default SQLite store lives here. */
    public Path data() {
        return pick("SREBENCH_DATA_DIR", "XDG_DATA_HOME", ".local/share", "Library/Application Support",
                "LOCALAPPDATA");
    }

    /** Re-creatable files: generated snapshots. */
    public Path cache() {
        return pick("SREBENCH_CACHE_DIR", "XDG_CACHE_HOME", ".cache", "Library/Caches", "LOCALAPPDATA");
    }

    /** Settings: endpoints, window layout, theme. */
    public Path config() {
        return pick("SREBENCH_CONFIG_DIR", "XDG_CONFIG_HOME", ".config", "Library/Application Support", "APPDATA");
    }

    /** The cache directory of a generated snapshot: {@code snapshots/<id>-<first 12 hex of sha256>}. */
    public Path snapshotCache(String taskId, String sha256) {
        String suffix = sha256 == null || sha256.length() < 12 ? "unhashed" : sha256.substring(0, 12);
        return cache().resolve("snapshots").resolve(taskId + "-" + suffix);
    }

    private Path pick(String own, String xdg, String linuxDefault, String macDefault, String windowsVar) {
        String o = env.get(own);
        if (o != null && !o.isBlank()) {
            return Path.of(o);
        }
        if (os.contains("win")) {
            String w = env.get(windowsVar);
            return (w != null ? Path.of(w) : home.resolve("AppData/Local")).resolve("srebench");
        }
        if (os.contains("mac")) {
            return home.resolve(macDefault).resolve("srebench");
        }
        String x = env.get(xdg);
        return (x != null && !x.isBlank() ? Path.of(x) : home.resolve(linuxDefault)).resolve("srebench");
    }
}
