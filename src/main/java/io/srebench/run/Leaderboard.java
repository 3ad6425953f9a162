package io.srebench.run;

import io.srebench.task.NaturalOrder;
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
 * matrix. Only runs that finished {@code done} and were scored count towards accuracy; errored runs
 * are counted apart (a provider failure is not a wrong answer), interrupted ones are ignored.
 */
public final class Leaderboard {
    private Leaderboard() {
    }

    /**
     * One agent's line.
     *
     * @param agent agent name
     * @param runs scored runs counted
     * @param errored errored runs (not counted in accuracy)
     * @param accuracy mean score over scored runs
     * @param spread sample standard deviation of the per-repeat accuracies (0 with one repeat)
     * @param repeatAccuracies accuracy of each repeat, by repeat number
     * @param passRate share of scored runs with score 1.0
     * @param costPerTask mean cost in USD per scored run
     * @param turnsPerTask mean turns per scored run
     * @param inputTokensPerTask mean input tokens per scored run
     * @param outputTokensPerTask mean output tokens per scored run
     */
    public record AgentRow(String agent, int runs, int errored, double accuracy, double spread,
                           Map<Integer, Double> repeatAccuracies, double passRate, double costPerTask,
                           double turnsPerTask, double inputTokensPerTask, double outputTokensPerTask) {
    }

    /**
     * One task x agent cell.
     *
     * @param taskId task
     * @param agent agent
     * @param scores scores of the scored runs, by repeat order
     * @param mean mean score
     * @param spread sample standard deviation of the scores
     * @param costPerRun mean cost per run
     * @param runIds the runs behind the cell
     */
    public record Cell(String taskId, String agent, List<Double> scores, double mean, double spread, double costPerRun,
                       List<Long> runIds) {
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

    /** Builds the report; agents are ordered by accuracy (best first), then name. */
    public static Report of(List<RunSummary> runs) {
        Map<String, List<RunSummary>> byAgent = new TreeMap<>();
        Map<String, Map<String, List<RunSummary>>> byCell = new TreeMap<>(NaturalOrder.COMPARATOR);
        Map<String, Integer> errored = new TreeMap<>();
        TreeSet<String> tasks = new TreeSet<>(NaturalOrder.COMPARATOR);
        for (RunSummary r : runs) {
            if (r.status() == RunStatus.ERRORED) {
                errored.merge(r.agent(), 1, Integer::sum);
                byAgent.computeIfAbsent(r.agent(), k -> new ArrayList<>());
                continue;
            }
            if (r.status() != RunStatus.DONE || r.score() == null) {
                continue;
            }
            byAgent.computeIfAbsent(r.agent(), k -> new ArrayList<>()).add(r);
            byCell.computeIfAbsent(r.taskId(), k -> new TreeMap<>()).computeIfAbsent(r.agent(), k -> new ArrayList<>())
                    .add(r);
            tasks.add(r.taskId());
        }
        List<AgentRow> rows = new ArrayList<>();
        for (Map.Entry<String, List<RunSummary>> e : byAgent.entrySet()) {
            rows.add(agentRow(e.getKey(), e.getValue(), errored.getOrDefault(e.getKey(), 0)));
        }
        rows.sort(Comparator.comparingDouble(AgentRow::accuracy).reversed().thenComparing(AgentRow::agent));
        List<Cell> cells = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<RunSummary>>> t : byCell.entrySet()) {
            for (Map.Entry<String, List<RunSummary>> a : t.getValue().entrySet()) {
                List<RunSummary> rs = new ArrayList<>(a.getValue());
                rs.sort(Comparator.comparingInt(RunSummary::repeat).thenComparingLong(RunSummary::id));
                List<Double> scores = rs.stream().map(RunSummary::score).toList();
                cells.add(new Cell(t.getKey(), a.getKey(), scores, mean(scores), stdev(scores),
                        rs.stream().mapToDouble(RunSummary::costUsd).average().orElse(0),
                        rs.stream().map(RunSummary::id).toList()));
            }
        }
        return new Report(rows, List.copyOf(tasks), cells);
    }

    private static AgentRow agentRow(String agent, List<RunSummary> rs, int errored) {
        Map<Integer, List<Double>> perRepeat = new TreeMap<>();
        for (RunSummary r : rs) {
            perRepeat.computeIfAbsent(r.repeat(), k -> new ArrayList<>()).add(r.score());
        }
        Map<Integer, Double> repeatAcc = new LinkedHashMap<>();
        perRepeat.forEach((k, v) -> repeatAcc.put(k, mean(v)));
        List<Double> scores = rs.stream().map(RunSummary::score).toList();
        double pass = rs.isEmpty() ? 0 : rs.stream().filter(r -> r.score() >= 1.0 - 1e-9).count() / (double) rs.size();
        return new AgentRow(agent, rs.size(), errored, mean(scores), stdev(new ArrayList<>(repeatAcc.values())),
                repeatAcc, pass, rs.stream().mapToDouble(RunSummary::costUsd).average().orElse(0),
                rs.stream().mapToInt(RunSummary::turns).average().orElse(0),
                rs.stream().mapToLong(RunSummary::inputTokens).average().orElse(0),
                rs.stream().mapToLong(RunSummary::outputTokens).average().orElse(0));
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
