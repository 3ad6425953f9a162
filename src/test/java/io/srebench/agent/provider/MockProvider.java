package io.srebench.agent.provider;

import io.srebench.agent.AgentLoop;
import io.srebench.agent.CancelFlag;
import io.srebench.agent.FixtureSnapshot;
import io.srebench.agent.LoopConfig;
import io.srebench.agent.ModelAgent;
import io.srebench.agent.ProcessSandbox;
import io.srebench.agent.TaskBrief;
import io.srebench.agent.TurnListener;
import io.srebench.agent.model.Endpoint;
import io.srebench.agent.model.ModelClient;
import io.srebench.agent.model.PriceTable;
import io.srebench.agent.provider.ProviderTestSupport.RecordingSleeper;
import io.srebench.trajectory.Trajectory;
import java.io.IOException;
import java.nio.file.Path;
import mockwebserver3.MockWebServer;

/**
 * A started MockWebServer standing in for a model provider, with the sleeper its clients retry on: the per-test setup
 * of the offline provider tests. Close it in {@code @AfterEach}.
 */
final class MockProvider implements AutoCloseable {
    final MockWebServer server = new MockWebServer();
    final RecordingSleeper sleeper = new RecordingSleeper();

    private MockProvider() {
    }

    static MockProvider start() throws IOException {
        MockProvider p = new MockProvider();
        p.server.start();
        return p;
    }

    /** A client for {@code e} with the planted key, fast retries and the recording sleeper. */
    ModelClient client(Endpoint e) {
        return Providers.create(e, ProviderTestSupport.ENV, ProviderTestSupport.FAST, sleeper);
    }

    /** What a whole agent-loop run returned, and everything it logged or printed meanwhile. */
    record LoopRun(Trajectory trajectory, String output) {
    }

    /** Runs the agent loop with a model agent on {@code e} against the fixture snapshot, written under {@code tmp}. */
    LoopRun runLoop(Endpoint e, Path tmp) throws Exception {
        ProcessSandbox sandbox = new ProcessSandbox(FixtureSnapshot.write(tmp.resolve("snap")), tmp.resolve("work"));
        Trajectory[] result = new Trajectory[1];
        String output = ProviderTestSupport.captureOutput(() -> result[0] = new AgentLoop(LoopConfig.DEFAULT).run(
                new ModelAgent(e, client(e), PriceTable.bundled()), new TaskBrief("t1", null, "otel-demo"),
                sandbox, TurnListener.NONE, new CancelFlag()));
        return new LoopRun(result[0], output);
    }

    @Override
    public void close() {
        server.close();
    }
}
