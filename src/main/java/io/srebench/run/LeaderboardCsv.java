package io.srebench.run;

import java.util.Locale;

/**
 * The per-agent leaderboard as CSV, one line per agent (the format of {@code srebench report --csv} and the
 * studio's export). Numbers use {@code .} as decimal separator with six decimals; agent names are quoted per
 * RFC 4180 when they contain a comma, quote or line break.
 */
public final class LeaderboardCsv {
    public static final String HEADER = "agent,runs,errored,accuracy,spread,pass_rate,cost_per_task_usd,"
            + "turns_per_task,input_tokens_per_task,output_tokens_per_task,retried";

    private LeaderboardCsv() {
    }

    /** The header line and one line per agent, each ended by {@code \n}. */
    public static String of(Leaderboard.Report r) {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (Leaderboard.AgentRow a : r.agents()) {
            b.append(field(a.agent())).append(',').append(a.runs()).append(',').append(a.errored());
            for (double v : new double[] {a.accuracy(), a.spread(), a.passRate(), a.costPerTask(), a.turnsPerTask(),
                a.inputTokensPerTask(), a.outputTokensPerTask()}) {
                b.append(',').append(String.format(Locale.ROOT, "%.6f", v));
            }
            b.append(',').append(a.retried()).append('\n');
        }
        return b.toString();
    }

    /** One CSV field. */
    public static String field(String s) {
        if (s == null) {
            return "";
        }
        return s.matches("(?s).*[\",\\r\\n].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
