package io.srebench.run;

import io.srebench.trajectory.RunStatus;

import io.srebench.agent.Agents;
import io.srebench.agent.LoopConfig;
import io.srebench.agent.baseline.OracleAgent;
import io.srebench.sandbox.ExecResult;
import io.srebench.sandbox.Sandbox;
import io.srebench.score.Score;
import io.srebench.score.ScoreVariant;
import io.srebench.common.BadInputException;
import io.srebench.task.Task;
import io.srebench.task.TaskCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The benchmark's guard against lookup answers: runs every shortcut agent ({@link Agents#SHORTCUTS}) and the oracle
 * on every task through the same session executor, sandbox and scorer as {@code srebench run} (set variant, the
 * merged v2+v1 ground truth), and reports each agent's scores. A benchmark whose shortcuts score well measures
 * lookups, not root-cause reasoning.
 *
 * <p>The agents of one task run one after the other on one command cache ({@link CachedCommandSandbox}): their
 * commands are deterministic reads of the read-only snapshot, so a query several shortcuts share runs once per task.
 * Tasks run in parallel, {@code jobs} at a time.
 */
public final class TaskAudit {
    /** The agents audited, in report order: the shortcuts, then the oracle. */
    public static final List<String> AGENTS = concat(Agents.SHORTCUTS, OracleAgent.NAME);
    private static final int MAX_TURNS = 5;

    private final TaskCatalog catalog;
    private final Function<Task, Path> snapshots;
    private final Function<Path, Sandbox> sandboxes;
    private final String backend;
    private final LoopConfig loop;
    private final TaskScoring scoring;

    /**
     * @param snapshots the task's snapshot directory (generating it when needed)
     * @param sandboxes opens a real sandbox on a snapshot directory
     * @param backend the name of that sandbox's backend
     */
    public TaskAudit(TaskCatalog catalog, Function<Task, Path> snapshots, Function<Path, Sandbox> sandboxes, String backend,
                     LoopConfig loop, TaskScoring scoring) {
        this.catalog = catalog;
        this.snapshots = snapshots;
        this.sandboxes = sandboxes;
        this.backend = backend;
        this.loop = loop;
        this.scoring = scoring;
    }

    /**
     * One task's scores by agent; an agent whose session failed scores 0 and has an error.
     *
     * @param seconds wall time of the task's sessions
     */
    public record TaskScores(String taskId, Map<String, Double> scores, Map<String, String> errors, double seconds) {
        public TaskScores {
            scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
            errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
        }
    }

    /** The audit of a task set. */
    public record Report(List<String> constantAnswer, List<TaskScores> tasks, double seconds) {
        public Report {
            constantAnswer = List.copyOf(constantAnswer);
            tasks = List.copyOf(tasks);
        }

        /** Mean score of {@code agent} over the tasks (0 for none). */
        public double mean(String agent) {
            return tasks.stream().mapToDouble(t -> t.scores().getOrDefault(agent, 0.0)).average().orElse(0);
        }

        /** Tasks on which {@code agent} scored above 0. */
        public int scored(String agent) {
            return (int) tasks.stream().filter(t -> t.scores().getOrDefault(agent, 0.0) > 0).count();
        }

        /** Lowest score of {@code agent} over the tasks (0 for none). */
        public double min(String agent) {
            return tasks.stream().mapToDouble(t -> t.scores().getOrDefault(agent, 0.0)).min().orElse(0);
        }
    }

    /**
     * Audits {@code taskIds} ({@link BadInputException} for an unknown id); {@code progress} gets one line per
     * finished task.
     */
    public Report run(List<String> taskIds, int jobs, Consumer<String> progress) throws InterruptedException {
        List<Task> tasks = new ArrayList<>();
        for (String id : taskIds) {
            tasks.add(catalog.get(id));
        }
        long t0 = System.nanoTime();
        List<String> constant = ConstantAnswer.mostCommon(tasks, scoring);
        Map<String, AgentSpec> specs = new LinkedHashMap<>();
        for (String name : AGENTS) {
            specs.put(name, Agents.needs(name) == Agents.Needs.CONSTANT_ANSWER
                    ? AgentSpec.baseline(name, Map.of(AgentSpec.ENTITIES_OPTION, String.join(",", constant)))
                    : AgentSpec.baseline(name));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
        List<Future<TaskScores>> futures = new ArrayList<>();
        for (Task task : tasks) {
            futures.add(pool.submit(() -> audit(task, specs)));
        }
        pool.shutdown();
        List<TaskScores> out = new ArrayList<>();
        try {
            for (int i = 0; i < futures.size(); i++) {
                TaskScores s = futures.get(i).get();
                out.add(s);
                progress.accept(progressLine(i + 1, tasks.size(), s));
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Report(constant, out, (System.nanoTime() - t0) / 1e9);
    }

    private TaskScores audit(Task task, Map<String, AgentSpec> specs) {
        long t0 = System.nanoTime();
        snapshots.apply(task); // a missing or unreproducible snapshot fails the audit, not the agents
        Map<String, ExecResult> cache = new ConcurrentHashMap<>();
        Map<String, Double> scores = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (Map.Entry<String, AgentSpec> e : specs.entrySet()) {
            List<String> failed = new ArrayList<>();
            AgentSessionExecutor sessions = new AgentSessionExecutor(catalog::get, snapshots,
                    dir -> new CachedCommandSandbox(() -> sandboxes.apply(dir), backend, cache, failed::add), name -> {
                        throw new BadInputException("the task audit runs no model agents");
                    }, null, loop, scoring);
            double score = 0;
            try {
                SessionExecutor.SessionResult r = sessions.execute(0, task.id(), e.getValue(), MAX_TURNS,
                        ScoreVariant.SET, NO_SINK, () -> false);
                if (r.status() == RunStatus.DONE) {
                    score = r.score(ScoreVariant.SET).map(Score::score).orElse(0.0);
                } else {
                    failed.add(r.status().label() + ": " + r.error());
                }
            } catch (RuntimeException ex) {
                failed.add(ex.getMessage() == null ? ex.toString() : ex.getMessage());
            }
            scores.put(e.getKey(), score);
            if (!failed.isEmpty()) {
                errors.put(e.getKey(), String.join("; ", failed));
            }
        }
        return new TaskScores(task.id(), scores, errors, (System.nanoTime() - t0) / 1e9);
    }

    private static String progressLine(int n, int total, TaskScores s) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "[%d/%d] %s (%.1f s):", n, total, s.taskId(),
                s.seconds()));
        for (String a : AGENTS) {
            b.append(String.format(Locale.ROOT, " %s %.2f", a.replace("shortcut-", ""), s.scores().getOrDefault(a, 0.0)));
        }
        s.errors().forEach((a, why) -> b.append("; ").append(a).append(" failed: ").append(why));
        return b.toString();
    }

    private static final SessionExecutor.SessionSink NO_SINK = new SessionExecutor.SessionSink() {
        @Override
        public void started(String sandboxBackend) {
            // the audit keeps no runs
        }

        @Override
        public void turn(TurnRecord turn, double totalCostUsd, long totalInputTokens, long totalOutputTokens) {
            // the audit keeps no turns
        }
    };

    private static List<String> concat(List<String> a, String b) {
        List<String> out = new ArrayList<>(a);
        out.add(b);
        return List.copyOf(out);
    }
}
