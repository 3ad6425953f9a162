package io.srebench.task.snapshot;

import io.srebench.common.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Which telemetry files a snapshot directory holds, by role, found the way IBM's ITBench tools find them
 * (formats.md 1.2): non-recursive {@code *events*.tsv}, {@code *objects*.tsv}, {@code *traces*.tsv},
 * {@code *logs*.tsv}, {@code *topology*.json} in the snapshot directory; {@code alerts/*.json} (or
 * {@code alerts*.json} in the directory itself when there is no {@code alerts/}); {@code metrics/pod_*.tsv} and
 * {@code metrics/service_*.tsv}.
 *
 * <p>IBM takes the first glob match in unspecified order; here names are sorted so the result is deterministic,
 * and for each table the first {@code *_raw.tsv} match is the raw file, the first other match the lite file.
 * Metric files are keyed by the name after the first {@code _} with {@code .tsv} and a trailing {@code _raw}
 * removed (IBM keeps {@code _raw} in the name; Kubernetes names cannot contain {@code _}, so nothing is lost).
 * Ground-truth files are never indexed.
 *
 * @param dir the snapshot directory
 * @param alertFiles alert poll files, oldest first (by the time in the file name; unparsable names last, by name)
 * @param events Kubernetes events table, or {@code null}
 * @param objects Kubernetes objects table, or {@code null}
 * @param traces OpenTelemetry traces table, or {@code null}
 * @param logs OpenTelemetry logs table, or {@code null}
 * @param podMetrics per-pod metric files by pod name, sorted
 * @param serviceMetrics per-service metric files by service name, sorted
 * @param topology topology JSON, or {@code null}
 */
public record SnapshotIndex(Path dir, List<Path> alertFiles, TableFiles events, TableFiles objects, TableFiles traces,
                            TableFiles logs, Map<String, TableFiles> podMetrics, Map<String, TableFiles> serviceMetrics,
                            Path topology) {
    private static final String[] SERVICE_SUFFIXES = {"-service", "_service", "-svc", "_svc"};

    public SnapshotIndex {
        alertFiles = List.copyOf(alertFiles);
        podMetrics = Collections.unmodifiableMap(new TreeMap<>(podMetrics));
        serviceMetrics = Collections.unmodifiableMap(new TreeMap<>(serviceMetrics));
    }

    /**
     * Indexes {@code snapshotDir}.
     *
     * @throws BadInputException if it is not a directory
     */
    public static SnapshotIndex of(Path snapshotDir) {
        if (!Files.isDirectory(snapshotDir)) {
            throw new BadInputException(snapshotDir + ": not a snapshot directory (does not exist or is a file)");
        }
        List<Path> top = list(snapshotDir);
        return new SnapshotIndex(snapshotDir, alertFiles(snapshotDir, top),
                table(top, n -> n.contains("events") && n.endsWith(".tsv")),
                table(top, n -> n.contains("objects") && n.endsWith(".tsv")),
                table(top, n -> n.contains("traces") && n.endsWith(".tsv")),
                table(top, n -> n.contains("logs") && n.endsWith(".tsv")),
                metrics(snapshotDir.resolve("metrics"), "pod_"),
                metrics(snapshotDir.resolve("metrics"), "service_"),
                top.stream().filter(p -> name(p).contains("topology") && name(p).endsWith(".json")).findFirst()
                        .orElse(null));
    }

    /** Metric files of the pod {@code podName}. */
    public Optional<TableFiles> podMetricsOf(String podName) {
        return Optional.ofNullable(podMetrics.get(podName));
    }

    /**
     * Metric files of service {@code service}: exact name, else with a {@code -service}/{@code _service}/
     * {@code -svc}/{@code _svc} suffix stripped (as IBM's lookup retries). Unlike IBM's prefix glob,
     * {@code frontend} never matches {@code frontend-proxy}.
     */
    public Optional<TableFiles> serviceMetricsOf(String service) {
        TableFiles t = serviceMetrics.get(service);
        if (t != null) {
            return Optional.of(t);
        }
        for (String suffix : SERVICE_SUFFIXES) {
            if (service.endsWith(suffix)) {
                return Optional.ofNullable(serviceMetrics.get(service.substring(0, service.length() - suffix.length())));
            }
        }
        return Optional.empty();
    }

    /** The deployment a pod name belongs to: the name without its last two {@code -} segments (IBM's rule). */
    public static String deploymentOfPod(String podName) {
        String[] parts = podName.split("-");
        if (parts.length <= 2) {
            return podName;
        }
        return String.join("-", java.util.Arrays.asList(parts).subList(0, parts.length - 2));
    }

    /** The UTC time in an alert file name ({@code alerts_at_...} or {@code alerts_in_alerting_state_...}), if any. */
    public static Optional<Instant> alertFileTime(Path file) {
        return AlertFileNames.time(name(file));
    }

    private static List<Path> alertFiles(Path dir, List<Path> top) {
        Path alerts = dir.resolve("alerts");
        List<Path> files;
        if (Files.isDirectory(alerts)) {
            files = list(alerts).stream().filter(p -> name(p).endsWith(".json")).toList();
        } else {
            files = top.stream().filter(p -> name(p).startsWith("alerts") && name(p).endsWith(".json")).toList();
        }
        List<Path> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing((Path p) -> alertFileTime(p).orElse(Instant.MAX))
                .thenComparing(SnapshotIndex::name));
        return sorted;
    }

    private static TableFiles table(List<Path> top, Predicate<String> matches) {
        Path raw = null;
        Path lite = null;
        for (Path p : top) {
            String n = name(p);
            if (!matches.test(n) || isGroundTruth(n)) {
                continue;
            }
            if (TableFiles.isRawName(n)) {
                raw = raw == null ? p : raw;
            } else {
                lite = lite == null ? p : lite;
            }
        }
        return raw == null && lite == null ? null : new TableFiles(raw, lite);
    }

    private static Map<String, TableFiles> metrics(Path metricsDir, String prefix) {
        Map<String, Path[]> found = new TreeMap<>();
        if (Files.isDirectory(metricsDir)) {
            for (Path p : list(metricsDir)) {
                String n = name(p);
                if (!n.startsWith(prefix) || !n.endsWith(".tsv")) {
                    continue;
                }
                String key = n.substring(prefix.length(), n.length() - ".tsv".length());
                boolean raw = key.endsWith("_raw");
                if (raw) {
                    key = key.substring(0, key.length() - "_raw".length());
                }
                if (key.isEmpty()) {
                    continue;
                }
                Path[] pair = found.computeIfAbsent(key, k -> new Path[2]);
                pair[raw ? 0 : 1] = p;
            }
        }
        Map<String, TableFiles> out = new TreeMap<>();
        found.forEach((k, v) -> out.put(k, new TableFiles(v[0], v[1])));
        return out;
    }

    /** Whether a file name is a ground-truth file that must never reach an agent. */
    public static boolean isGroundTruth(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).contains("truth");
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted(Comparator.comparing(SnapshotIndex::name)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }
}
