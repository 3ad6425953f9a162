package io.srebench.studio.leaderboard;

import io.srebench.run.Leaderboard;
import io.srebench.common.NaturalOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the "score distribution per task" chart draws, computed from a {@link Leaderboard.Report} (pure, no JavaFX):
 * per task a column, per agent a cell with every run's score, the mean, the min-max range and, from
 * {@link #MIN_RUNS_FOR_QUARTILES} runs on, the quartiles. Tasks are ordered hardest first (lowest mean over all
 * their scored runs, ties by task id in natural order), agents keep the report's order (best first) so that an
 * agent's colour index matches the other leaderboard charts.
 */
public final class ScoreDistribution {
    /** A cell with at least this many runs gets quartiles (a box); fewer runs show only dots, mean and range. */
    public static final int MIN_RUNS_FOR_QUARTILES = 5;
    private static final Pattern NUMBERED = Pattern.compile("(.*?)-(\\d+)");
    /** Scores closer than this count as equal for the jitter (they would draw on top of each other). */
    private static final double SAME_SCORE = 1e-6;

    private ScoreDistribution() {
    }

    /**
     * One run's dot.
     *
     * @param score the run's score
     * @param jitter horizontal offset in [-0.5, 0.5] of the cell's width; 0 unless other runs of the cell have the
     *               same score, then the equal dots spread evenly across the whole range
     */
    public record Dot(double score, double jitter) {
    }

    /** First quartile, median and third quartile (linear interpolation between closest ranks). */
    public record Quartiles(double q1, double median, double q3) {
    }

    /**
     * One task x agent cell.
     *
     * @param agent agent name
     * @param agentIndex the agent's position in {@link Chart#agents()} (its colour and its place in the column)
     * @param dots one per scored run, in repeat order
     * @param mean mean score
     * @param min lowest score
     * @param max highest score
     * @param quartiles null below {@link #MIN_RUNS_FOR_QUARTILES} runs
     */
    public record Cell(String agent, int agentIndex, List<Dot> dots, double mean, double min, double max,
                       Quartiles quartiles) {
    }

    /**
     * One task.
     *
     * @param taskId task id
     * @param label short x-axis label: the number of {@code scenario-N} when every task is {@code <same prefix>-N},
     *              else the id
     * @param mean mean score over every scored run of the task (all agents)
     * @param runs number of scored runs of the task
     * @param cells one per agent with scored runs on the task, in agent order
     */
    public record TaskColumn(String taskId, String label, double mean, int runs, List<Cell> cells) {
    }

    /** The whole chart: agents (colour order) and task columns (hardest first). */
    public record Chart(List<String> agents, List<TaskColumn> tasks) {
        /** Number of runs drawn (dots). */
        public int runCount() {
            return tasks.stream().mapToInt(TaskColumn::runs).sum();
        }

        /** Number of task x agent cells drawn (mean marks). */
        public int cellCount() {
            return tasks.stream().mapToInt(t -> t.cells().size()).sum();
        }
    }

    /** The chart of {@code report}. */
    public static Chart of(Leaderboard.Report report) {
        List<String> agents = report.agents().stream().map(Leaderboard.AgentRow::agent).toList();
        Map<String, List<Leaderboard.Cell>> byTask = new TreeMap<>();
        for (Leaderboard.Cell c : report.cells()) {
            byTask.computeIfAbsent(c.taskId(), k -> new ArrayList<>()).add(c);
        }
        boolean numbered = !byTask.isEmpty() && commonNumberedPrefix(byTask.keySet()) != null;
        List<TaskColumn> columns = new ArrayList<>();
        for (Map.Entry<String, List<Leaderboard.Cell>> e : byTask.entrySet()) {
            List<Cell> cells = new ArrayList<>();
            double sum = 0;
            int n = 0;
            for (Leaderboard.Cell c : e.getValue()) {
                if (c.scores().isEmpty()) {
                    continue;
                }
                int index = agents.indexOf(c.agent());
                cells.add(cell(c.agent(), index < 0 ? agents.size() : index, c.scores()));
                for (double s : c.scores()) {
                    sum += s;
                    n++;
                }
            }
            if (n == 0) {
                continue;
            }
            cells.sort(Comparator.comparingInt(Cell::agentIndex));
            String id = e.getKey();
            columns.add(new TaskColumn(id, numbered ? number(id) : id, sum / n, n, List.copyOf(cells)));
        }
        columns.sort(Comparator.comparingDouble(TaskColumn::mean)
                .thenComparing(TaskColumn::taskId, NaturalOrder.COMPARATOR));
        return new Chart(agents, List.copyOf(columns));
    }

    static Cell cell(String agent, int agentIndex, List<Double> scores) {
        List<Double> jitters = jitters(scores);
        List<Dot> dots = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (int i = 0; i < scores.size(); i++) {
            double s = scores.get(i);
            dots.add(new Dot(s, jitters.get(i)));
            min = Math.min(min, s);
            max = Math.max(max, s);
            sum += s;
        }
        Quartiles q = scores.size() >= MIN_RUNS_FOR_QUARTILES ? quartiles(scores) : null;
        return new Cell(agent, agentIndex, List.copyOf(dots), sum / scores.size(), min, max, q);
    }

    /**
     * Deterministic jitter: a score that occurs m > 1 times in the cell gets offsets spread evenly over [-0.5, 0.5]
     * (in the order the runs come), a score that occurs once stays on the centre line.
     */
    static List<Double> jitters(List<Double> scores) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            int same = 0;
            int before = 0;
            for (int j = 0; j < scores.size(); j++) {
                if (Math.abs(scores.get(j) - scores.get(i)) < SAME_SCORE) {
                    same++;
                    if (j < i) {
                        before++;
                    }
                }
            }
            out.add(same == 1 ? 0.0 : (double) before / (same - 1) - 0.5);
        }
        return out;
    }

    /** Quartiles with linear interpolation between closest ranks (R's type 7); {@code xs} must not be empty. */
    static Quartiles quartiles(List<Double> xs) {
        List<Double> sorted = new ArrayList<>(xs);
        sorted.sort(null);
        return new Quartiles(quantile(sorted, 0.25), quantile(sorted, 0.5), quantile(sorted, 0.75));
    }

    private static double quantile(List<Double> sorted, double p) {
        double h = (sorted.size() - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.size() - 1, lo + 1);
        return sorted.get(lo) + (h - lo) * (sorted.get(hi) - sorted.get(lo));
    }

    /** The prefix every id shares as {@code <prefix>-<digits>}, or null when they do not all follow that shape. */
    static String commonNumberedPrefix(Iterable<String> ids) {
        String prefix = null;
        for (String id : ids) {
            Matcher m = NUMBERED.matcher(id);
            if (!m.matches() || (prefix != null && !prefix.equals(m.group(1)))) {
                return null;
            }
            prefix = m.group(1);
        }
        return prefix;
    }

    private static String number(String id) {
        Matcher m = NUMBERED.matcher(id);
        return m.matches() ? m.group(2) : id;
    }

}
