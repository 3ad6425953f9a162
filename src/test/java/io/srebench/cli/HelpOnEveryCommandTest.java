package io.srebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** "--help" works on every command, even one with required options, and prints its usage. */
class HelpOnEveryCommandTest {
    @Test
    void everySubcommandPrintsItsUsage() {
        List<List<String>> paths = new ArrayList<>();
        collect(SrebenchCommand.newCommandLine(), new ArrayList<>(), paths);
        assertTrue(paths.size() >= 20, "commands found: " + paths);
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            CliRunner r = CliRunner.run(args.toArray(String[]::new));
            assertEquals(0, r.exit(), path + ": " + r.err());
            assertTrue(r.out().startsWith("Usage: srebench " + String.join(" ", path)), path + ": " + r.out());
        }
    }

    private static void collect(CommandLine cl, List<String> prefix, List<List<String>> out) {
        for (var e : cl.getSubcommands().entrySet()) {
            if (!e.getValue().getCommandName().equals(e.getKey())) {
                continue; // an alias
            }
            List<String> path = new ArrayList<>(prefix);
            path.add(e.getKey());
            out.add(path);
            collect(e.getValue(), path, out);
        }
    }
}
