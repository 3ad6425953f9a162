package io.srebench.run;

import io.srebench.trajectory.RunStatus;

import io.srebench.common.NaturalOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The ITBench-AA report over a set of runs: per agent accuracy (mean score over tasks x repeats)
 * with its spread across repeats, pass rate, cost and turns per task, tokens; and a task x agent
 * matrix. This is the one place accuracy, pass rate and ranking are computed: the CLI report, the
 * studio leaderboard and matrix, the CSV and the HTML report all read it.
 *
 * <p>Accuracy and pass rate are over the planned runs: a run that finished {@code done} and was scored
 * counts its score; an {@code errored} run counts 0 (an agent that errors on the tasks it cannot solve
 * must not rank above what it solved) until it is retried to completion ({@code resume --retry-errored},
 * recorded in {@link RunSummary#retries()}). Interrupted copies, queued and running runs are not results
 * yet and are left out (a resume runs them again).
 */
public final class Leaderboard {
    private Leaderboard() {
    }

    /**
     * One agent's line.
     *
     * @param agent agent name
     * @param runs planned runs counted: scored runs plus errored ones
     * @param errored errored runs (each counted as score 0)
     * @param accuracy mean score over the counted runs, errored ones as 0
     * @param spread sample standard deviation of the per-repeat accuracies (0 with one repeat)
     * @param repeatAccuracies accuracy of each repeat, by repeat number
     * @param passRate share of counted runs with score 1.0
     * @param costPerTask mean cost in USD per counted run
     * @param turnsPerTask mean turns per counted run
     * @param inputTokensPerTask mean input tokens per counted run
     * @param outputTokensPerTask mean output tokens per counted run
     * @param retried counted runs whose result came from an explicit retry of an errored run
     */
    public record AgentRow(String agent, int runs, int errored, double accuracy, double spread,
                           Map<Integer, Double> repeatAccuracies, double passRate, double costPerTask,
                           double turnsPerTask, double inputTokensPerTask, double outputTokensPerTask, int retried) {
    }

    /**
     * One task x agent cell.
     *
     * @param taskId task
     * @param agent agent
     * @param scores scores of the counted runs, by repeat order (0 for an errored run)
     * @param mean mean score
     * @param spread sample standard deviation of the scores
     * @param costPerRun mean cost per run
     * @param runIds the runs behind the cell
     * @param errored how many of them errored
     */
    public record Cell(String taskId, String agent, List<Double> scores, double mean, double spread, double costPerRun,
                       List<Long> runIds, int errored) {
    }

    /** The whole report. */
    public record Report(List<AgentRow> agents, List<String> tasks, List<Cell> cells) {
        /** The cell of a task and agent, or null. */
        public Cell cell(String taskId, String agent) {
            for (Cell c : cells) {
                if (c.taskId().equals(taskId) && c.agent().equals(agent)) {
                    return c;
                }
            }
            return null;
        }
    }

    /**
     * A ranking that compares the same work: the {@link Report} over only the tasks that every ranked agent ran, the
     * agents whose counted runs all errored (shown as errored, never ranked at 0 %), and the tasks left out.
     *
     * @param report the report over the common tasks (errored runs of ranked agents still count 0)
     * @param erroredAgents agents with counted runs that all errored: not ranked
     * @param excludedTasks tasks some ranked agent has no counted run of
     */
    public record Ranked(Report report, List<String> erroredAgents, List<String> excludedTasks) {
        /** The task set named on charts: {@code "12 tasks every agent ran (3 left out: not run by all)"}. */
        public String taskSet() {
            int n = report.tasks().size();
            String base = n + (n == 1 ? " task" : " tasks") + " every agent ran";
            return excludedTasks.isEmpty() ? base : base + " (" + excludedTasks.size() + " left out: not run by all)";
        }
    }

    /**
     * The fair ranking of {@code runs} (see {@link Ranked}). Ranked agents are those with at least one scored run;
     * the common tasks are those each of them has a counted run of.
     */
    public static Ranked ranked(List<RunSummary> runs) {
        Map<String, TreeSet<String>> tasksOf = new TreeMap<>();
        Map<String, Boolean> scored = new TreeMap<>();
        for (RunSummary r : runs) {
            if (counts(r)) {
                tasksOf.computeIfAbsent(r.agent(), k -> new TreeSet<>(NaturalOrder.COMPARATOR)).add(r.taskId());
                scored.merge(r.agent(), r.status() == RunStatus.DONE, Boolean::logicalOr);
            }
        }
        List<String> errored = new ArrayList<>();
        TreeSet<String> common = null;
        TreeSet<String> any = new TreeSet<>(NaturalOrder.COMPARATOR);
        for (Map.Entry<String, TreeSet<String>> e : tasksOf.entrySet()) {
            if (!scored.get(e.getKey())) {
                errored.add(e.getKey());
                continue;
            }
            any.addAll(e.getValue());
            if (common == null) {
                common = new TreeSet<>(e.getValue());
            } else {
                common.retainAll(e.getValue());
            }
        }
        TreeSet<String> keep = common == null ? new TreeSet<>() : common;
        List<RunSummary> kept = runs.stream().filter(r -> keep.contains(r.taskId()) && !errored.contains(r.agent()))
                .toList();
        any.removeAll(keep);
        return new Ranked(of(kept), List.copyOf(errored), List.copyOf(any));
    }

    /** Whether a run counts towards accuracy: scored and done, or errored (as 0). */
    public static boolean counts(RunSummary r) {
        return r.status() == RunStatus.ERRORED || r.status() == RunStatus.DONE && r.score() != null;
    }

    /** The score a counted run contributes: its score, or 0 when it errored. */
    public static double scoreOf(RunSummary r) {
        return r.status() == RunStatus.DONE && r.score() != null ? r.score() : 0.0;
    }

    /** Builds the report; agents are ordered by accuracy (best first), then name. */
    public static Report of(List<RunSummary> runs) {
        Map<String, List<RunSummary>> byAgent = new TreeMap<>();
        Map<String, Map<String, List<RunSummary>>> byCell = new TreeMap<>(NaturalOrder.COMPARATOR);
        TreeSet<String> tasks = new TreeSet<>(NaturalOrder.COMPARATOR);
        for (RunSummary r : runs) {
            if (!counts(r)) {
                continue;
            }
            byAgent.computeIfAbsent(r.agent(), k -> new ArrayList<>()).add(r);
            byCell.computeIfAbsent(r.taskId(), k -> new TreeMap<>()).computeIfAbsent(r.agent(), k -> new ArrayList<>())
                    .add(r);
            tasks.add(r.taskId());
        }
        List<AgentRow> rows = new ArrayList<>();
        for (Map.Entry<String, List<RunSummary>> e : byAgent.entrySet()) {
            rows.add(agentRow(e.getKey(), e.getValue()));
        }
        rows.sort(Comparator.comparingDouble(AgentRow::accuracy).reversed().thenComparing(AgentRow::agent));
        List<Cell> cells = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<RunSummary>>> t : byCell.entrySet()) {
            for (Map.Entry<String, List<RunSummary>> a : t.getValue().entrySet()) {
                List<RunSummary> rs = new ArrayList<>(a.getValue());
                rs.sort(Comparator.comparingInt(RunSummary::repeat).thenComparingLong(RunSummary::id));
                List<Double> scores = rs.stream().map(Leaderboard::scoreOf).toList();
                cells.add(new Cell(t.getKey(), a.getKey(), scores, mean(scores), stdev(scores),
                        rs.stream().mapToDouble(RunSummary::costUsd).average().orElse(0),
                        rs.stream().map(RunSummary::id).toList(), erroredIn(rs)));
            }
        }
        return new Report(rows, List.copyOf(tasks), cells);
    }

    private static int erroredIn(List<RunSummary> rs) {
        return (int) rs.stream().filter(r -> r.status() == RunStatus.ERRORED).count();
    }

    private static AgentRow agentRow(String agent, List<RunSummary> rs) {
        Map<Integer, List<Double>> perRepeat = new TreeMap<>();
        for (RunSummary r : rs) {
            perRepeat.computeIfAbsent(r.repeat(), k -> new ArrayList<>()).add(scoreOf(r));
        }
        Map<Integer, Double> repeatAcc = new LinkedHashMap<>();
        perRepeat.forEach((k, v) -> repeatAcc.put(k, mean(v)));
        List<Double> scores = rs.stream().map(Leaderboard::scoreOf).toList();
        double pass = rs.isEmpty() ? 0 : scores.stream().filter(x -> x >= 1.0 - 1e-9).count() / (double) rs.size();
        int retried = (int) rs.stream().filter(r -> r.retries() > 0).count();
        return new AgentRow(agent, rs.size(), erroredIn(rs), mean(scores), stdev(new ArrayList<>(repeatAcc.values())),
                repeatAcc, pass, rs.stream().mapToDouble(RunSummary::costUsd).average().orElse(0),
                rs.stream().mapToInt(RunSummary::turns).average().orElse(0),
                rs.stream().mapToLong(RunSummary::inputTokens).average().orElse(0),
                rs.stream().mapToLong(RunSummary::outputTokens).average().orElse(0), retried);
    }

    static double mean(List<Double> xs) {
        return xs.isEmpty() ? 0 : xs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    /** Sample standard deviation; 0 for fewer than two values. */
    static double stdev(List<Double> xs) {
        if (xs.size() < 2) {
            return 0;
        }
        double m = mean(xs);
        double ss = 0;
        for (double x : xs) {
            ss += (x - m) * (x - m);
        }
        return Math.sqrt(ss / (xs.size() - 1));
    }
}
