package io.srebench.cli;

import io.srebench.interop.TrajectoryExport;
import io.srebench.run.RunQuery;
import io.srebench.trajectory.RunStatus;
import io.srebench.run.RunSummary;
import io.srebench.store.SqliteStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code srebench export}: runs as srebench trajectory JSONL (one run after another; {@code srebench import} reads
 * it back exactly) or as CSV with one row per run and the {@code list --json} fields.
 */
@Command(name = "export", description = "Export runs as trajectory JSONL (re-importable) or CSV (one row per run).")
public final class ExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;
    @Mixin
    private StoreOptions store;
    @Option(names = "--format", required = true, converter = OptionTypes.Format.class, description = "jsonl or csv.")
    private OptionTypes.ExportFormat format;
    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    private Path outFile;
    @Option(names = "--benchmark", description = "Only runs of this benchmark id.")
    private Long benchmark;

    @Override
    public Integer call() throws IOException {
        try (SqliteStore s = store.open()) {
            List<RunSummary> runs = s.list(RunQuery.all().withBenchmark(benchmark));
            if (outFile == null) {
                PrintWriter out = spec.commandLine().getOut();
                write(format, s, runs, out);
                out.flush();
            } else {
                OutputFile.write("--out", outFile, w -> write(format, s, runs, w));
                spec.commandLine().getErr().println("exported " + runs.size() + " runs to " + outFile);
            }
        }
        return 0;
    }

    private static void write(OptionTypes.ExportFormat format, SqliteStore s, List<RunSummary> runs, Writer w) {
        try {
            if (format == OptionTypes.ExportFormat.JSONL) {
                TrajectoryExport.writeJsonl(s, runs, w);
                return;
            }
            RunSummary blank = new RunSummary(0, 0, "", "", null, 0, RunStatus.QUEUED, null, null, null, null, 0, 0, 0, 0,
                    null, null, null, null, 0);
            w.write(String.join(",", ListCommand.row(blank).keySet()));
            w.write('\n');
            for (RunSummary r : runs) {
                StringJoiner line = new StringJoiner(",");
                for (Object v : ListCommand.row(r).values()) {
                    line.add(csv(v));
                }
                w.write(line.toString());
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csv(Object v) {
        if (v == null) {
            return "";
        }
        String s = v.toString();
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
