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
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A MockWebServer standing in for a model provider, with the sleeper its clients retry on: the per-test setup of the
 * offline provider tests, as a {@code @RegisterExtension} field (started before each test, closed after it).
 */
final class MockProvider implements BeforeEachCallback, AfterEachCallback {
    final MockWebServer server = new MockWebServer();
    final RecordingSleeper sleeper = new RecordingSleeper();

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        server.start();
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
    public void afterEach(ExtensionContext context) {
        server.close();
    }
}
