package io.srebench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.common.JsonMappers;
import io.srebench.run.Annotation;
import io.srebench.run.RunSummary;
import io.srebench.store.SqliteStore;
import io.srebench.common.BadInputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code srebench annotations}: people's judgements on runs' false positives and missed root causes (written in the
 * studio). {@code list} prints them; {@code export} writes one JSON object per annotation.
 */
@Command(name = "annotations", description = "List or export annotations of runs (false positives, missed root causes).",
        subcommands = {AnnotationsCommand.ListAnnotations.class, AnnotationsCommand.Export.class})
public final class AnnotationsCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = JsonMappers.json();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** The annotations of one run, or of every run when {@code run} is null, with the runs they belong to. */
    static List<Annotation> read(SqliteStore store, Long run) {
        if (run == null) {
            return store.allAnnotations();
        }
        if (store.run(run).isEmpty()) {
            throw new BadInputException("--run: no run " + run + " in " + store.file());
        }
        return store.annotations(run);
    }

    /**
     * One annotation as a JSON object: {@code run, task, agent, model, entity, label, target, turn, note, author,
     * created, updated} (label as its kebab-case id, target {@code false_positive} or {@code missed}, times ISO-8601).
     */
    static ObjectNode toJson(Annotation a, Optional<RunSummary> run) {
        ObjectNode o = JSON.createObjectNode();
        o.put("run", a.runId());
        o.put("task", run.map(RunSummary::taskId).orElse(null));
        o.put("agent", run.map(RunSummary::agent).orElse(null));
        o.put("model", run.map(RunSummary::model).orElse(null));
        o.put("entity", a.entity());
        o.put("label", a.label().id());
        o.put("target", a.label().target().name().toLowerCase(Locale.ROOT));
        if (a.turn() == null) {
            o.putNull("turn");
        } else {
            o.put("turn", a.turn());
        }
        o.put("note", a.note());
        o.put("author", a.author());
        o.put("created", a.createdAt() == null ? null : a.createdAt().toString());
        o.put("updated", a.updatedAt() == null ? null : a.updatedAt().toString());
        return o;
    }

    /** {@code annotations list [--run ID]}. */
    @Command(name = "list", description = "List annotations, one a line.")
    static final class ListAnnotations implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private StoreOptions store;
        @Option(names = "--run", description = "Only the annotations of this run.")
        private Long run;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (SqliteStore s = store.open()) {
                List<Annotation> all = read(s, run);
                Map<Long, Optional<RunSummary>> runs = new HashMap<>();
                for (Annotation a : all) {
                    RunSummary r = runs.computeIfAbsent(a.runId(), s::run).orElse(null);
                    String turn = a.turn() == null ? "" : " (turn " + a.turn() + ")";
                    String note = a.note() == null || a.note().isBlank() ? "" : " — " + a.note();
                    out.printf(Locale.ROOT, "run %d  %s  %s  %s: %s%s%s  [%s, %s]%n", a.runId(),
                            r == null ? "?" : r.taskId(), r == null ? "?" : r.agent(), a.entity(), a.label().id(), turn, note,
                            a.author(), a.updatedAt());
                }
                out.println(all.size() + " annotation(s)");
                out.flush();
            }
            return 0;
        }
    }

    /** {@code annotations export --format jsonl [--out FILE] [--run ID]}. */
    @Command(name = "export", description = "Export annotations as JSON lines (one object per annotation).")
    static final class Export implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private StoreOptions store;
        @Option(names = "--format", defaultValue = "jsonl", description = "Output format; only jsonl.")
        private String format;
        @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
        private Path out;
        @Option(names = "--run", description = "Only the annotations of this run.")
        private Long run;

        @Override
        public Integer call() {
            if (!"jsonl".equalsIgnoreCase(format)) {
                throw new BadInputException("--format: unknown format \"" + format + "\" (known: jsonl)");
            }
            try (SqliteStore s = store.open()) {
                List<Annotation> all = read(s, run);
                Map<Long, Optional<RunSummary>> runs = new HashMap<>();
                StringBuilder sb = new StringBuilder();
                for (Annotation a : all) {
                    sb.append(toJson(a, runs.computeIfAbsent(a.runId(), s::run))).append('\n');
                }
                if (out == null) {
                    PrintWriter w = spec.commandLine().getOut();
                    w.print(sb);
                    w.flush();
                } else {
                    write(out, sb.toString());
                    spec.commandLine().getOut().println("wrote " + all.size() + " annotation(s) to " + out);
                    spec.commandLine().getOut().flush();
                }
            }
            return 0;
        }

        private static void write(Path file, String text) {
            OutputFile.write("--out", file, w -> w.write(text));
        }
    }
}
