package io.srebench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.srebench.common.JsonMappers;
import io.srebench.sim.scenario.SimTaskManifest;
import io.srebench.sim.tasks.ItbenchConverter;
import io.srebench.sim.tasks.TaskChecks;
import io.srebench.sim.tasks.TaskMaterializer;
import io.srebench.common.BadInputException;
import io.srebench.common.UserDirs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * {@code srebench tasks}: the public task set. {@code from-itbench} converts an ITBench scenario directory into a
 * task, {@code generate} materialises snapshots into the cache, {@code list} shows the tasks and {@code check}
 * verifies them. The tasks directory is, in order: {@code --tasks-dir}, system property {@code srebench.tasks.dir},
 * env {@code SREBENCH_TASKS_DIR}, {@code ./tasks}, {@code ../tasks} beside the jar's directory.
 */
@Command(name = "tasks", description = "Create, generate, list and check benchmark tasks.",
        subcommands = {TasksCommand.FromItbench.class, TasksCommand.Generate.class, TasksCommand.ListTasks.class,
            TasksCommand.Check.class, TasksAuditCommand.class})
public final class TasksCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** The tasks directory by the documented precedence. */
    static Path tasksDir(Path explicit) {
        if (explicit != null) {
            return explicit;
        }
        String prop = System.getProperty("srebench.tasks.dir");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String env = System.getenv("SREBENCH_TASKS_DIR");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        if (Files.isDirectory(Path.of("tasks"))) {
            return Path.of("tasks");
        }
        try {
            Path jar = Path.of(TasksCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path beside = jar.getParent().resolve("../tasks").normalize();
            if (Files.isDirectory(beside)) {
                return beside;
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall through: no jar location
        }
        throw new BadInputException("tasks: no tasks directory (use --tasks-dir, -Dsrebench.tasks.dir or"
                + " SREBENCH_TASKS_DIR)");
    }

    /** Manifests under the tasks dir (subdirectories with a task.yaml), sorted by id; optional id filter. */
    static List<SimTaskManifest> manifests(Path dir, List<String> only) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir + ": not a directory");
        }
        List<SimTaskManifest> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                if (Files.isRegularFile(p.resolve("task.yaml"))) {
                    SimTaskManifest m = SimTaskManifest.read(p);
                    if (only == null || only.isEmpty() || only.contains(m.id())) {
                        out.add(m);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort((a, b) -> compareIds(a.id(), b.id()));
        return out;
    }

    private static int compareIds(String a, String b) {
        String na = a.replaceAll("\\D", "");
        String nb = b.replaceAll("\\D", "");
        if (!na.isEmpty() && !nb.isEmpty() && na.length() < 10 && nb.length() < 10) {
            int c = Long.compare(Long.parseLong(na), Long.parseLong(nb));
            if (c != 0) {
                return c;
            }
        }
        return a.compareTo(b);
    }

    static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    /** {@code tasks from-itbench}. */
    @Command(name = "from-itbench", description = "Convert an ITBench scenario directory into a task directory"
            + " OUT/scenario-<N>/ (exit 2 with the reason when the scenario cannot be simulated).")
    static final class FromItbench implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Parameters(index = "0", paramLabel = "SCENARIO_DIR")
        private Path scenarioDir;
        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Tasks directory to write into.")
        private Path out;
        @Option(names = "--seed", paramLabel = "N", description = "Simulator seed (default: the scenario number). "
                + "Another seed gives another timeline, churn, noise and decoys around the same fault.")
        private Long seed;

        @Option(names = "--commit", description = "ITBench commit for the provenance (default: ${DEFAULT-VALUE}).")
        private String commit = ItbenchConverter.ITBENCH_COMMIT;

        @Override
        public Integer call() {
            if (!Files.isDirectory(scenarioDir)) {
                throw new BadInputException(scenarioDir + ": not a directory");
            }
            long t0 = System.nanoTime();
            ItbenchConverter.Converted c = ItbenchConverter.convert(scenarioDir, out, commit, seed);
            spec.commandLine().getOut().printf(Locale.ROOT, "%s: wrote %s (sha256 %s, %d spans, %d log lines, %d expected"
                    + " alerts not emerging from the model added, %.1f s)%n",
                    c.id(), c.taskDir(), c.sha256().substring(0, 12), c.result().spans(), c.result().logs(),
                    c.result().alertsAdded(),
                    (System.nanoTime() - t0) / 1e9);
            return 0;
        }
    }

    /** {@code tasks generate}. */
    @Command(name = "generate", description = "Materialise the snapshot of every generated task into the cache.")
    static final class Generate implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Option(names = "--out", paramLabel = "DIR", description = "Snapshot root instead of the user cache.")
        private Path out;
        @Option(names = "--tasks-dir", paramLabel = "DIR")
        private Path tasksDir;
        @Option(names = "--task", paramLabel = "ID", description = "Only these tasks (repeatable).")
        private List<String> only;
        @Option(names = "--force", description = "Regenerate even when a matching snapshot is cached.")
        private boolean force;
        @Option(names = "--record", description = "Write the generated tree hash into each task.yaml (after a"
                + " deliberate simulator change).")
        private boolean record;
        @Option(names = "--jobs", description = "Tasks generated in parallel (default: ${DEFAULT-VALUE}).")
        private int jobs = 1;

        @Override
        public Integer call() throws InterruptedException {
            PrintWriter o = spec.commandLine().getOut();
            List<SimTaskManifest> tasks = manifests(tasksDir(tasksDir), only);
            long t0 = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
            List<Future<String[]>> lines = new ArrayList<>();
            for (SimTaskManifest m : tasks) {
                lines.add(pool.submit(() -> one(m)));
            }
            pool.shutdown();
            long bytes = 0;
            long maxBytes = 0;
            int generated = 0;
            int mismatches = 0;
            for (int i = 0; i < lines.size(); i++) {
                String[] r;
                try {
                    r = lines.get(i).get();
                } catch (ExecutionException e) {
                    pool.shutdownNow();
                    throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
                }
                o.printf(Locale.ROOT, "[%d/%d] %s%n", i + 1, tasks.size(), r[0]);
                o.flush();
                long size = Long.parseLong(r[1]);
                if (size > 0) {
                    generated++;
                    bytes += size;
                    maxBytes = Math.max(maxBytes, size);
                }
                mismatches += r[2].equals("mismatch") ? 1 : 0;
            }
            o.printf(Locale.ROOT, "generated %d of %d tasks in %.1f s with %d job(s); total %s, largest %s; peak heap %s%n",
                    generated, tasks.size(), (System.nanoTime() - t0) / 1e9, jobs, mb(bytes), mb(maxBytes),
                    mb(peakHeapBytes()));
            return mismatches == 0 ? 0 : 1;
        }

        /** Generates one task: {line, bytes written (0 when skipped), "ok"|"mismatch"}. */
        private String[] one(SimTaskManifest m) {
            if (!m.generated()) {
                return new String[] {m.id() + ": snapshot path task, nothing to generate", "0", "ok"};
            }
            Path target = out != null ? out.resolve(m.id() + "-" + suffix(m.sha256()))
                    : UserDirs.current().snapshotCache(m.id(), m.sha256());
            long t = System.nanoTime();
            TaskMaterializer.Placed p = TaskMaterializer.place(m, target, force);
            if (p.cached()) {
                return new String[] {m.id() + ": cached " + target, "0", "ok"};
            }
            TaskMaterializer.Materialized r = p.made();
            long size = TaskMaterializer.size(target);
            boolean ok = !p.mismatch();
            if (record && !r.sha256().equals(m.sha256())) {
                recordHash(m, r.sha256());
                ok = true;
            }
            String line = String.format(Locale.ROOT, "%s: %s, %d spans, %d log lines, %d events, %.2f s%s", m.id(), mb(size),
                    r.result().spans(), r.result().logs(), r.result().events(), (System.nanoTime() - t) / 1e9,
                    ok ? "" : "  HASH MISMATCH (recorded " + m.sha256() + ", got " + r.sha256() + ")");
            return new String[] {line, Long.toString(size), ok ? "ok" : "mismatch"};
        }

        private static void recordHash(SimTaskManifest m, String sha) {
            Path file = m.dir().resolve("task.yaml");
            try {
                String text = Files.readString(file);
                String updated = text.contains("  sha256: ") ? text.replaceAll("(?m)^  sha256: .*$", "  sha256: " + sha)
                        : text.replaceFirst("(?m)^(  seed: .*)$", "$1\n  sha256: " + sha);
                Files.writeString(file, updated);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String suffix(String sha) {
            return sha == null || sha.length() < 12 ? "unhashed" : sha.substring(0, 12);
        }
    }

    /** {@code tasks list}. */
    @Command(name = "list", description = "List the tasks: id, title, fault family, difficulty.")
    static final class ListTasks implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Option(names = "--tasks-dir", paramLabel = "DIR")
        private Path tasksDir;
        @Option(names = "--json", description = "Print a JSON array.")
        private boolean json;

        @Override
        public Integer call() throws IOException {
            PrintWriter o = spec.commandLine().getOut();
            List<SimTaskManifest> tasks = manifests(tasksDir(tasksDir), null);
            if (json) {
                ObjectMapper m = JsonMappers.json();
                ArrayNode a = m.createArrayNode();
                for (SimTaskManifest t : tasks) {
                    a.addObject().put("id", t.id()).put("title", t.title()).put("faultFamily", t.faultFamily())
                            .put("difficulty", t.difficulty()).put("application", t.application());
                }
                o.println(m.writerWithDefaultPrettyPrinter().writeValueAsString(a));
                return 0;
            }
            for (SimTaskManifest t : tasks) {
                o.printf(Locale.ROOT, "%-12s %-14s %-7s %s%n", t.id(), t.faultFamily(), t.difficulty(), t.title());
            }
            return 0;
        }
    }

    /** {@code tasks check}. */
    @Command(name = "check", description = "Verify tasks: ground-truth entities discoverable, no ground truth in the"
            + " snapshot, size bounds, deterministic generation, recorded sha256.")
    static final class Check implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Option(names = "--tasks-dir", paramLabel = "DIR")
        private Path tasksDir;
        @Option(names = "--task", paramLabel = "ID", description = "Only these tasks (repeatable).")
        private List<String> only;

        @Override
        public Integer call() throws IOException {
            PrintWriter o = spec.commandLine().getOut();
            List<SimTaskManifest> tasks = manifests(tasksDir(tasksDir), only);
            int failed = 0;
            Path tmp = Files.createTempDirectory("srebench-check-");
            try {
                for (SimTaskManifest m : tasks) {
                    List<String> problems = new ArrayList<>();
                    if (m.generated()) {
                        Path snap = tmp.resolve(m.id());
                        TaskMaterializer.generate(m, snap);
                        problems.addAll(TaskChecks.snapshot(m, snap));
                        TaskMaterializer.delete(snap);
                        String d = TaskChecks.determinism(m, tmp);
                        if (d != null) {
                            problems.add(d);
                        }
                        if (m.sha256() == null) {
                            problems.add("no sha256 recorded");
                        }
                    } else {
                        problems.addAll(TaskChecks.snapshot(m, m.snapshotPath()));
                    }
                    if (problems.isEmpty()) {
                        o.println(m.id() + ": ok (scored by " + TaskChecks.truthSource(m) + ")");
                    } else {
                        failed++;
                        for (String p : problems) {
                            o.println(m.id() + ": FAIL " + p);
                        }
                    }
                    o.flush();
                }
            } finally {
                TaskMaterializer.delete(tmp);
            }
            o.printf(Locale.ROOT, "%d task(s) checked, %d failed%n", tasks.size(), failed);
            return failed == 0 ? 0 : 1;
        }
    }
}
