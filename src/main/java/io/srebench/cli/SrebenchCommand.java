package io.srebench.cli;

import io.srebench.common.Text;
import io.srebench.sandbox.SandboxUnavailableException;
import io.srebench.common.BadInputException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code srebench} command line. Every subcommand registers here. Exit codes: 0 success,
 * 1 internal failure, 2 bad input (one line on stderr naming the file and field, no stack trace).
 */
// scope INHERIT: every subcommand gets --help and --version too ("srebench run --help" must not ask for --agents)
@Command(name = "srebench", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        versionProvider = VersionCommand.Provider.class,
        description = "Run, replay, compare and score SRE agents on Kubernetes incident snapshots.",
        subcommands = {
            VersionCommand.class,
            StudioCommand.class,
            ListCommand.class,
            ReportCommand.class,
            SearchCommand.class,
            ScoreCommand.class,
            RescoreCommand.class,
            ShellCommand.class,
            RunOneCommand.class,
            RunCommand.class,
            ResumeCommand.class,
            ShowCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            TasksCommand.class,
            AnnotationsCommand.class,
        })
public final class SrebenchCommand implements Runnable {
    public static final int EXIT_BAD_INPUT = 2;

    @Override
    public void run() {
        // No subcommand: open the studio, as a desktop user double-clicking the jar expects.
        StudioCommand.openDefault();
    }

    /** Runs the command line and returns the process exit code. */
    public static int execute(String... args) {
        CommandLine cl = newCommandLine();
        try {
            return cl.execute(args);
        } finally {
            // commands print with print() too; nothing may be lost to System.exit
            cl.getOut().flush();
            cl.getErr().flush();
        }
    }

    /** A configured command line; tests use it with their own writers. */
    public static CommandLine newCommandLine() {
        return newCommandLine(CommandLine.defaultFactory());
    }

    /** A configured command line whose subcommands {@code factory} makes (tests put in their own executors). */
    static CommandLine newCommandLine(CommandLine.IFactory factory) {
        CommandLine cl = new CommandLine(new SrebenchCommand(), factory);
        // closed sets parsed once, with one line naming the valid values on a bad one (exit 2 like every bad option)
        OptionTypes.register(cl);
        // whatever writers the caller set, commands print through terminal-safe ones (escapes made visible)
        cl.setExecutionStrategy(parsed -> {
            CommandLine top = parsed.commandSpec().commandLine();
            top.setOut(TerminalText.writer(top.getOut()));
            top.setErr(TerminalText.writer(top.getErr()));
            NumericOptions.check(parsed);
            return new CommandLine.RunLast().execute(parsed);
        });
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cl.setExecutionExceptionHandler(SrebenchCommand::handle);
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = TerminalText.writer(ex.getCommandLine().getErr());
            if (ex.getCause() instanceof BadInputException bad) {
                // a converter of a closed set (OptionTypes) refused the value: its own line says which values exist
                err.println("srebench: " + Text.oneLine(bad.getMessage()));
                return EXIT_BAD_INPUT;
            }
            err.println("srebench: " + Text.oneLine(ex.getMessage()) + " (see '"
                    + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return EXIT_BAD_INPUT;
        });
        return cl;
    }

    private static int handle(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (ex instanceof BadInputException || ex instanceof SandboxUnavailableException) {
            err.println("srebench: " + Text.oneLine(ex.getMessage()));
            return EXIT_BAD_INPUT;
        }
        var hint = StudioPreflight.hintFor(ex);
        if (hint.isPresent()) {
            err.println("srebench: " + hint.get());
            return EXIT_BAD_INPUT;
        }
        err.println("srebench: internal error: " + ex.getClass().getSimpleName() + ": " + Text.oneLine(ex.getMessage()));
        if (System.getenv("SREBENCH_DEBUG") != null) {
            ex.printStackTrace(err); // checkstyle: allowed only behind the debug switch
        }
        return 1;
    }
}
