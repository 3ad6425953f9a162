package io.srebench.cli;

import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * One check of every numeric option and parameter of the command being run, before it runs: never NaN or
 * infinite, never negative, positive where zero makes no sense (counts, limits, timeouts), and timeouts at
 * most a day. A bad value is a parameter error: exit 2 with one line naming the option.
 */
final class NumericOptions {
    private static final Set<String> POSITIVE = Set.of("--repeats", "--concurrency", "--per-endpoint", "--max-turns",
            "--command-timeout", "--timeout", "--limit", "--max-tokens", "--jobs");
    private static final Set<String> TIMEOUTS = Set.of("--command-timeout", "--timeout");
    private static final double MAX_TIMEOUT_SECONDS = 86_400;

    private NumericOptions() {
    }

    static void check(ParseResult parsed) {
        ParseResult pr = parsed;
        while (pr.subcommand() != null) {
            pr = pr.subcommand();
        }
        for (ArgSpec a : pr.matchedArgs()) {
            Object v = a.getValue();
            if (v instanceof Number n) {
                check(pr.commandSpec().commandLine(), a, n.doubleValue());
            }
        }
    }

    private static void check(CommandLine cl, ArgSpec a, double v) {
        String name = a instanceof OptionSpec o ? o.longestName() : a.paramLabel();
        String why = null;
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            why = "must be a finite number";
        } else if (v < 0) {
            why = "must not be negative";
        } else if (v == 0 && POSITIVE.contains(name)) {
            why = "must be positive";
        } else if (TIMEOUTS.contains(name) && v > MAX_TIMEOUT_SECONDS) {
            why = "at most " + (long) MAX_TIMEOUT_SECONDS + " seconds";
        }
        if (why != null) {
            throw new CommandLine.ParameterException(cl, name + ": " + why + ", got " + a.originalStringValues().stream()
                    .reduce((x, y) -> y).orElse(String.valueOf(v)));
        }
    }
}
