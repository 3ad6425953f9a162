package io.srebench.cli;

import io.srebench.run.RunRepository.SearchHit;
import io.srebench.store.SqliteStore;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code srebench search TEXT}: full-text search over every transcript in the store. */
@Command(name = "search", description = "Search commands and outputs of all runs (all words must occur).")
public final class SearchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;
    @Mixin
    private StoreOptions store;
    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "Words to find.")
    private List<String> words;
    @Option(names = "--limit", defaultValue = "50", description = "At most this many hits (default ${DEFAULT-VALUE}).")
    private int limit;

    @Override
    public Integer call() {
        List<SearchHit> hits;
        try (SqliteStore s = store.open()) {
            hits = s.search(String.join(" ", words), limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        for (SearchHit h : hits) {
            out.println("run " + h.runId() + " turn " + h.turnIndex() + ": " + h.snippet().replaceAll("\\s+", " "));
        }
        out.println(hits.size() + " hits");
        return 0;
    }
}
