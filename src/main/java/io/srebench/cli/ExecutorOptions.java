package io.srebench.cli;

import io.srebench.common.BadInputException;
import io.srebench.run.AgentSessionExecutor;
import io.srebench.run.Workbench;
import io.srebench.sandbox.SandboxOptions;
import io.srebench.sandbox.kubernetes.KubernetesSettings;
import io.srebench.sandbox.kubernetes.SandboxPodException;
import io.srebench.sandbox.kubernetes.SandboxPods;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/**
 * {@code --executor local|kubernetes} and the Kubernetes options of {@code run} and {@code resume}: where sessions'
 * sandboxes run. The agent loop, model calls, scoring and the store stay in this process either way.
 */
public final class ExecutorOptions {
    /** Where sandboxes run. */
    public enum Executor { local, kubernetes }

    @Option(names = "--executor", defaultValue = "local", description = "Where sandboxes run: local (bubblewrap on this "
            + "machine) or kubernetes (a pod per session, with your kubeconfig). Default ${DEFAULT-VALUE}.")
    private Executor executor;
    @Option(names = "--context", description = "kubernetes: kubeconfig context (default: the current one).")
    private String context;
    @Option(names = "--namespace", description = "kubernetes: namespace of the sandbox pods (default: the context's).")
    private String namespace;
    @Option(names = "--image", description = "kubernetes: sandbox image (default: " + KubernetesSettings.DEFAULT_IMAGE
            + ").")
    private String image;
    @Option(names = "--max-pods", description = "kubernetes: sandbox pods at once (default 8).")
    private Integer maxPods;

    /** Whether sandboxes run locally (then the Kubernetes options must not be given). */
    boolean local() {
        if (executor == Executor.local && (context != null || namespace != null || image != null || maxPods != null)) {
            throw new BadInputException("--context, --namespace, --image and --max-pods need --executor kubernetes");
        }
        return executor == Executor.local;
    }

    /**
     * Connects to the cluster when the executor is kubernetes (before anything is written to the store); null for
     * local. Bad settings or no usable kubeconfig: one line, exit 2.
     */
    SandboxPods connect() {
        if (local()) {
            return null;
        }
        try {
            return SandboxPods.connect(KubernetesSettings.of(context, namespace, image, maxPods), SandboxOptions.defaults());
        } catch (IllegalArgumentException | SandboxPodException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /**
     * Routes {@code sessions}' sandboxes to {@code pods} for benchmark {@code benchmarkId} (nothing for local), after
     * deleting the pods a crashed earlier process left for that benchmark.
     */
    static void attach(SandboxPods pods, Workbench wb, AgentSessionExecutor sessions, long benchmarkId, PrintWriter out) {
        if (pods == null) {
            return;
        }
        int orphans = pods.collectOrphans(benchmarkId);
        if (orphans > 0) {
            out.println("benchmark " + benchmarkId + ": deleted " + orphans + " sandbox pods left by an earlier process");
        }
        wb.onPods(sessions, pods, benchmarkId);
        out.println("sandboxes: kubernetes pods in namespace " + pods.namespace() + " (image "
                + pods.settings().image() + ", at most " + pods.settings().maxPods() + " at once)");
    }
}
