package io.srebench.cli;

import io.srebench.sandbox.ExecResult;
import io.srebench.sandbox.Sandbox;
import io.srebench.sandbox.SandboxFactory;
import io.srebench.sandbox.SandboxOptions;
import io.srebench.run.Workbench;
import io.srebench.sandbox.ToolResultFormat;
import io.srebench.task.AgentView;
import io.srebench.common.BadInputException;
import io.srebench.common.UserDirs;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code srebench shell}: run commands in the sandbox an agent would get, and print exactly the tool
 * result the agent would see. With {@code -c} one command (exit code = the command's, 0..255);
 * without, a line-by-line loop on stdin with the prompt {@code sandbox$ } (one exec per line).
 */
@Command(name = "shell", description = "Run shell commands in the agent sandbox on a snapshot.")
public final class ShellCommand implements Callable<Integer> {
    @Mixin
    private UnsafeSandboxOption unsafeSandbox;
    static final String PROMPT = "sandbox$ ";

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Target target;

    /** Either a task (its snapshot, generated on first use) or a snapshot directory. */
    static final class Target {
        @Option(names = "--task", paramLabel = "ID", description = "Task id: the task's snapshot as its agents see it.")
        String task;
        @Option(names = "--snapshot", paramLabel = "DIR", description = "Snapshot directory.")
        Path snapshot;
    }

    @Option(names = "--tasks-dir", description = "Task definitions (default: the bundled tasks/).")
    private Path tasksDir;

    @Option(names = "-c", paramLabel = "COMMAND", description = "Run this one command and exit with its exit code.")
    private String command;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "Per-command timeout in seconds (default ${DEFAULT-VALUE}, as in ITBench-AA).")
    private double timeoutSeconds;

    /** Input of the interactive loop; tests replace it. */
    private InputStream stdin = System.in;

    /** Where agent views are built; tests replace it. */
    private UserDirs dirs = UserDirs.current();

    ShellCommand withUserDirs(UserDirs d) {
        this.dirs = d;
        return this;
    }

    ShellCommand withStdin(InputStream in) {
        this.stdin = in;
        return this;
    }

    @Override
    public Integer call() throws IOException {
        unsafeSandbox.apply();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (timeoutSeconds <= 0) {
            throw new BadInputException("--timeout: must be positive, got " + timeoutSeconds);
        }
        Duration timeout = Duration.ofMillis(Math.round(timeoutSeconds * 1000));
        Path dir = resolveSnapshot();
        try (Sandbox sandbox = SandboxFactory.create(dir, SandboxOptions.defaults())) {
            SandboxFactory.warning().or(() -> SandboxFactory.degradedWarning(sandbox)).ifPresent(w -> {
                err.println("srebench: " + w);
                err.flush();
            });
            if (command != null) {
                ExecResult r = sandbox.exec(command, timeout);
                out.print(TerminalText.safe(ToolResultFormat.render(r, timeout)));
                out.flush();
                return r.exitCode() & 0xff;
            }
            return loop(sandbox, timeout, out);
        }
    }

    private int loop(Sandbox sandbox, Duration timeout, PrintWriter out) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        int last = 0;
        while (true) {
            out.print(PROMPT);
            out.flush();
            String line = in.readLine();
            if (line == null) {
                out.println();
                out.flush();
                return last;
            }
            if (line.isBlank()) {
                continue;
            }
            ExecResult r = sandbox.exec(line, timeout);
            out.print(TerminalText.safe(ToolResultFormat.render(r, timeout)));
            last = r.exitCode() & 0xff;
        }
    }

    /**
     * What the sandbox mounts: the agent view ({@link Workbench#agentView}) of a task's snapshot (generated on
     * first use) or of a directory, so ground truth and scenario specs in the folder are never inside.
     */
    private Path resolveSnapshot() {
        if (target.task != null) {
            Workbench wb = new Workbench(tasksDir, dirs);
            return wb.agentView(wb.snapshots().apply(wb.catalog().get(target.task)));
        }
        if (!Files.isDirectory(target.snapshot)) {
            throw new BadInputException(target.snapshot + ": snapshot directory does not exist");
        }
        return AgentView.of(target.snapshot, dirs);
    }
}
