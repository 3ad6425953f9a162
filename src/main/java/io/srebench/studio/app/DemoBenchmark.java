package io.srebench.studio.app;

import io.srebench.agent.Agents;
import io.srebench.score.ScoreVariant;
import io.srebench.agent.LoopConfig;
import io.srebench.run.AgentSpec;
import io.srebench.run.BenchmarkRunner;
import io.srebench.run.BenchmarkSpec;
import io.srebench.run.RunnerListener;
import io.srebench.run.Workbench;
import java.util.List;
import java.util.function.Consumer;

/**
 * The newcomer's first benchmark: the offline baseline agents on every bundled task, one repeat, so
 * the studio has runs to inspect within a minute and without any API key.
 */
public final class DemoBenchmark {
    public static final List<String> AGENTS = Agents.FLOOR;

    private DemoBenchmark() {
    }

    /** Creates and starts the benchmark in the background; returns its handle. */
    public static BenchmarkRunner.Handle start(StudioContext ctx, RunnerListener listener, Consumer<String> warnings) {
        Workbench wb = ctx.workbench().orElseThrow(() -> new IllegalStateException(
                "the bundled tasks are not available: " + ctx.workbenchProblem()));
        List<AgentSpec> agents = AGENTS.stream().map(wb::agent).toList();
        BenchmarkSpec spec = new BenchmarkSpec("demo: baselines on bundled tasks", wb.catalog().ids(), agents, 1, 2, 2,
                BenchmarkSpec.DEFAULT_MAX_TURNS, ScoreVariant.SET);
        BenchmarkRunner runner = new BenchmarkRunner(ctx.store(), wb.sessions(LoopConfig.DEFAULT, warnings));
        long id = runner.create(spec);
        return runner.start(id, listener);
    }
}
