package io.srebench.cli;

import io.srebench.score.Score;
import io.srebench.score.ScoreOptions;
import io.srebench.score.ScoreReport;
import io.srebench.score.ScoreVariant;
import io.srebench.score.Scorer;
import io.srebench.score.Submissions;
import io.srebench.task.EntityRef;
import io.srebench.task.EntityRefs;
import io.srebench.task.truth.GroundTruth;
import io.srebench.task.truth.RootCause;
import io.srebench.task.truth.GroundTruthLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code srebench score}: scores one submission file against one ground-truth file (ITBench v2 or v1, either
 * shape, recognised by content). The submission is parsed strictly: any bad entity is bad input (exit 2).
 */
@Command(name = "score",
        description = "Score a submitted list of root-cause entities against a ground truth.")
public final class ScoreCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--truth", required = true, paramLabel = "FILE",
            description = "Ground truth: ITBench v2 groundtruth.yaml, v1 groundtruth_v1.yaml / ground_truth.yaml, or IBM's"
                    + " multi-scenario ground_truths.json (with --scenario).")
    private Path truth;

    @Option(names = "--scenario", paramLabel = "ID",
            description = "With a multi-scenario ground-truth list (IBM's ground_truths.json): the entry to score against"
                    + " (3, scenario-3 or Scenario-3).")
    private String scenario;

    @Option(names = "--submission", required = true, paramLabel = "FILE",
            description = "JSON list of entities (\"ns/Kind/name\" strings or objects), or {\"entities\": [...]}.")
    private Path submission;

    @Option(names = "--variant", paramLabel = "set|ranked", defaultValue = "set",
            description = "Scoring variant: set (default) or ranked.")
    private ScoreVariant variant;

    @Option(names = "--json", description = "Print the score as one JSON object.")
    private boolean json;

    @Option(names = "--ignore-monitoring-namespaces",
            description = "Drop entities in monitoring/infrastructure namespaces (kube-system, prometheus, ...).")
    private boolean ignoreMonitoring;

    @Option(names = "--default-namespace", paramLabel = "NS",
            description = "Namespace for Kind/name references and ground-truth entries without one.")
    private String defaultNamespace;

    @Override
    public Integer call() {
        ScoreOptions opts = ScoreOptions.DEFAULT.withVariant(variant);
        if (ignoreMonitoring) {
            opts = opts.ignoringMonitoringNamespaces();
        }
        GroundTruth gt = GroundTruthLoader.loadAny(truth, defaultNamespace, scenario);
        String ns = defaultNamespace != null ? defaultNamespace : soleNamespace(gt);
        List<EntityRef> entities = Submissions.read(submission, ns, EntityRefs.Mode.STRICT);
        Score s = Scorer.standard().score(gt, entities, opts);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ScoreReport.toJsonString(s));
        } else {
            out.print(ScoreReport.toTable(s));
        }
        out.flush();
        return 0;
    }

    /**
     * Without {@code --default-namespace}, a {@code Kind/name} reference takes the namespace every root
     * cause shares (as a task's default would be); when they differ there is no default.
     */
    static String soleNamespace(GroundTruth gt) {
        Set<String> namespaces = new TreeSet<>();
        for (RootCause rc : gt.rootCauses()) {
            if (rc.entity().namespace() != null) {
                namespaces.add(rc.entity().namespace());
            }
        }
        return namespaces.size() == 1 ? namespaces.iterator().next() : null;
    }
}
