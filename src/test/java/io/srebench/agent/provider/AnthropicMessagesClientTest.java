package io.srebench.agent.provider;

import static io.srebench.agent.provider.ProviderTestSupport.KEY_VAR;
import static io.srebench.agent.provider.ProviderTestSupport.PLANTED;
import static io.srebench.agent.provider.ProviderTestSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.trajectory.ChatMessage;
import io.srebench.agent.model.Endpoint;
import io.srebench.agent.model.EndpointKind;
import io.srebench.agent.model.ModelCallException;
import io.srebench.agent.model.ModelClient;
import io.srebench.agent.model.ModelRequest;
import io.srebench.trajectory.TokenUsage;
import io.srebench.trajectory.RunStatus;
import io.srebench.trajectory.Trajectory;
import io.srebench.trajectory.TrajectoryIO;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class AnthropicMessagesClientTest {
    private static final ModelRequest HELLO = new ModelRequest(
            List.of(new ChatMessage.System("sys"), new ChatMessage.User(ChatMessage.User.TASK, "hello")), List.of());
    private static final String USAGE = "{\"input_tokens\":100,\"output_tokens\":40,\"cache_read_input_tokens\":900,"
            + "\"cache_creation_input_tokens\":0}";
    private static final String OK = message("[{\"type\":\"text\",\"text\":\"fine\"}]", "end_turn",
            "{\"input_tokens\":5,\"output_tokens\":1}");

    @RegisterExtension
    final MockProvider mock = new MockProvider();

    @TempDir
    Path tmp;

    private Endpoint endpoint() {
        return new Endpoint("mock-anthropic", EndpointKind.ANTHROPIC, mock.server.url("/").toString(),
                "claude-sonnet-4-5-20250929", KEY_VAR, null, null, 4096, 2048, 5.0);
    }

    private ModelClient client(Endpoint e) {
        return mock.client(e);
    }

    static String message(String content, String stop, String usage) {
        return "{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-sonnet-4-5\",\"content\":"
                + content + ",\"stop_reason\":\"" + stop + "\",\"stop_sequence\":null,\"usage\":" + usage + "}";
    }

    static String toolUse(String id, String name, String inputJson) {
        return "{\"type\":\"tool_use\",\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"input\":" + inputJson + "}";
    }

    @Test
    void fullRunThroughTheLoopWithThinkingToolUseMalformedInputNudgeAndSubmit() throws Exception {
        mock.server.enqueue(json(200, message("[{\"type\":\"thinking\",\"thinking\":\"check alerts\",\"signature\":\"sig-1\"},"
                + "{\"type\":\"text\",\"text\":\"Looking.\"},"
                + toolUse("toolu_1", "shell", "{\"command\":\"ls /snapshot/alerts\"}")
                + "]", "tool_use", USAGE)));
        mock.server.enqueue(json(200, message("[" + toolUse("toolu_2", "shell", "{\"cmd\": 5}") + "]", "tool_use", USAGE)));
        mock.server.enqueue(json(200, message("[{\"type\":\"text\",\"text\":\"Thinking it over.\"}]", "end_turn", USAGE)));
        mock.server.enqueue(json(200, message("[" + toolUse("toolu_3", "submit",
                "{\"entities\":[\"otel-demo/Deployment/payment\"],\"reasoning\":\"crash loop\"}") + "]", "tool_use", USAGE)));
        MockProvider.LoopRun run = mock.runLoop(endpoint(), tmp);
        Trajectory t = run.trajectory();
        String output = run.output();

        assertEquals(RunStatus.DONE, t.run().status(), t.run().error());
        assertEquals(List.of("otel-demo/Deployment/payment"), t.submission().entities());
        assertEquals("check alerts", t.turns().get(0).reasoning());
        assertEquals(1, t.turns().get(1).malformedCalls());
        assertEquals(1, t.turns().get(3).notes(ChatMessage.User.NUDGE).size());
        assertEquals(new TokenUsage(1000, 900, 40, 0), t.turns().get(0).usage());
        assertEquals((100 * 3.0 + 900 * 0.3 + 40 * 15.0) / 1e6, t.turns().get(0).costUsd(), 1e-12);

        RecordedRequest first = mock.server.takeRequest(5, TimeUnit.SECONDS);
        String auth = first.getHeaders().get("x-api-key") + " " + first.getHeaders().get("Authorization");
        assertTrue(auth.contains(PLANTED), "the key came from the env lookup");
        String body1 = first.getBody().utf8();
        assertTrue(body1.contains("\"budget_tokens\":2048") && body1.contains("\"max_tokens\":6144"), body1);
        assertTrue(body1.contains("\"system\":") && body1.contains("\"input_schema\""), body1);
        String body2 = mock.server.takeRequest(5, TimeUnit.SECONDS).getBody().utf8();
        assertTrue(body2.contains("\"signature\":\"sig-1\""), "thinking echoed back: " + body2);
        assertTrue(body2.contains("\"tool_use_id\":\"toolu_1\"") && body2.contains("alerts_at_2025-12-01T21-16-00"), body2);
        String body3 = mock.server.takeRequest(5, TimeUnit.SECONDS).getBody().utf8();
        assertTrue(body3.contains("\"is_error\":true"), body3);

        String json = TrajectoryIO.toJson(t) + TrajectoryIO.toJsonl(t);
        assertFalse(json.contains(PLANTED));
        assertFalse(output.contains(PLANTED));
    }

    @Test
    void rateLimitWithRetryAfterThenSuccess() throws Exception {
        mock.server.enqueue(new MockResponse.Builder().code(429).addHeader("retry-after", "2").addHeader("Content-Type",
                "application/json")
                .body("{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"slow down\"}}")
                .build());
        mock.server.enqueue(json(200, OK));
        assertEquals("fine", client(endpoint()).complete(HELLO).message().text());
        assertEquals(2, mock.server.getRequestCount());
        assertTrue(mock.sleeper.waits.get(0).compareTo(Duration.ofSeconds(2)) >= 0, mock.sleeper.waits.toString());
    }

    @Test
    void serverErrorAndOverloadThenSuccess() throws Exception {
        mock.server.enqueue(json(500, "{\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":\"internal\"}}"));
        mock.server.enqueue(json(529,
                "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"overloaded\"}}"));
        mock.server.enqueue(json(200, OK));
        assertEquals("fine", client(endpoint()).complete(HELLO).message().text());
        assertEquals(3, mock.server.getRequestCount());
        assertEquals(2, mock.sleeper.waits.size());
    }

    @Test
    void timeoutIsRetriedThenSucceeds() throws Exception {
        mock.server.enqueue(new MockResponse.Builder().code(200).headersDelay(3, TimeUnit.SECONDS).body(OK).build());
        mock.server.enqueue(json(200, OK));
        assertEquals("fine", client(endpoint().withTimeoutSeconds(0.5)).complete(HELLO).message().text());
        assertEquals(1, mock.sleeper.waits.size());
    }

    @Test
    void promptTooLongIsAContextLengthError() {
        mock.server.enqueue(json(400, "{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":"
                + "\"prompt is too long: 215000 tokens > 200000 maximum\"}}"));
        ModelCallException e = assertThrows(ModelCallException.class, () -> client(endpoint()).complete(HELLO));
        assertTrue(e.contextLength());
        assertEquals(1, mock.server.getRequestCount());
        assertFalse(e.getMessage().contains(PLANTED));
    }

    @Test
    void keyEchoedInAnErrorIsRedacted() {
        mock.server.enqueue(json(401, "{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":"
                + "\"invalid x-api-key " + PLANTED + "\"}}"));
        ModelCallException e = assertThrows(ModelCallException.class, () -> client(endpoint()).complete(HELLO));
        assertEquals(ModelCallException.Kind.AUTH, e.kind());
        assertFalse(e.getMessage().contains(PLANTED), e.getMessage());
    }
}
