package io.srebench.agent.provider;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.srebench.agent.HarnessTools;
import io.srebench.agent.LoopConfig;
import io.srebench.trajectory.ChatMessage;
import io.srebench.agent.model.Endpoint;
import io.srebench.agent.model.EndpointKind;
import io.srebench.agent.model.ModelReply;
import io.srebench.agent.model.ModelRequest;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Calls the real APIs (off by default; run with -Dgroups=live and OPENAI_API_KEY / ANTHROPIC_API_KEY set). */
@Tag("live")
class LiveProvidersTest {
    private static final ModelRequest ASK = new ModelRequest(List.of(
            new ChatMessage.System("You are testing a tool-calling harness."),
            new ChatMessage.User(ChatMessage.User.TASK, "Call the shell tool with the command: ls /snapshot")),
            HarnessTools.specs(LoopConfig.DEFAULT));

    private static void check(Endpoint e, String var) throws Exception {
        assumeTrue(System.getenv(var) != null, var + " not set");
        ModelReply r = Providers.create(e).complete(ASK);
        assertFalse(r.message().toolCalls().isEmpty(), "expected a tool call: " + r);
        assertTrue(r.usage().input() > 0 && r.usage().output() > 0);
    }

    @Test
    void openAi() throws Exception {
        check(Endpoint.of("live-openai", EndpointKind.OPENAI, null, "gpt-4.1-mini", "OPENAI_API_KEY"), "OPENAI_API_KEY");
    }

    @Test
    void anthropic() throws Exception {
        check(Endpoint.of("live-anthropic", EndpointKind.ANTHROPIC, null, "claude-haiku-4-5", "ANTHROPIC_API_KEY"),
                "ANTHROPIC_API_KEY");
    }
}
