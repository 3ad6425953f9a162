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
import io.srebench.agent.model.ModelReply;
import io.srebench.agent.model.ModelRequest;
import io.srebench.trajectory.TokenUsage;
import io.srebench.trajectory.ToolCall;
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

class OpenAiChatClientTest {
    private static final ModelRequest HELLO = new ModelRequest(
            List.of(new ChatMessage.System("sys"), new ChatMessage.User(ChatMessage.User.TASK, "hello")), List.of());

    @RegisterExtension
    final MockProvider mock = new MockProvider();

    @TempDir
    Path tmp;

    private Endpoint endpoint() {
        return new Endpoint("mock-openai", EndpointKind.OPENAI, mock.server.url("/v1").toString(), "gpt-4.1", KEY_VAR, null,
                "low", 2048, null, 5.0);
    }

    private ModelClient client(Endpoint e) {
        return mock.client(e);
    }

    static String completion(String message, String usage) {
        return "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"gpt-4.1\",\"choices\":[{"
                + "\"index\":0,\"finish_reason\":\"tool_calls\",\"message\":" + message + "}],\"usage\":" + usage + "}";
    }

    static String toolCallMessage(String id, String name, String argsJsonEscaped) {
        return "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"" + id + "\",\"type\":\"function\","
                + "\"function\":{\"name\":\"" + name + "\",\"arguments\":\"" + argsJsonEscaped + "\"}}]}";
    }

    private static final String USAGE = "{\"prompt_tokens\":1200,\"completion_tokens\":50,\"total_tokens\":1250,"
            + "\"prompt_tokens_details\":{\"cached_tokens\":1024},\"completion_tokens_details\":{\"reasoning_tokens\":30}}";
    private static final String OK = completion("{\"role\":\"assistant\",\"content\":\"fine\"}",
            "{\"prompt_tokens\":5,\"completion_tokens\":1,\"total_tokens\":6}");

    @Test
    void fullRunThroughTheLoopWithToolCallsMalformedArgsNudgeAndSubmit() throws Exception {
        mock.server.enqueue(json(200, completion(toolCallMessage("call_1", "shell",
                "{\\\"command\\\":\\\"ls /snapshot/alerts\\\"}"),
                USAGE)));
        mock.server.enqueue(json(200, completion(toolCallMessage("call_2", "shell", "{\\\"command\\\": \\\"ls"), USAGE)));
        mock.server.enqueue(json(200, completion("{\"role\":\"assistant\",\"content\":\"I think I know.\","
                + "\"reasoning_content\":\"payment is crashing\"}", USAGE)));
        mock.server.enqueue(json(200, completion(toolCallMessage("call_3", "submit",
                "{\\\"entities\\\":[\\\"otel-demo/Deployment/payment\\\"],\\\"reasoning\\\":\\\"crash loop\\\"}"), USAGE)));
        MockProvider.LoopRun run = mock.runLoop(endpoint(), tmp);
        Trajectory t = run.trajectory();
        String output = run.output();

        assertEquals(RunStatus.DONE, t.run().status(), t.run().error());
        assertEquals(List.of("otel-demo/Deployment/payment"), t.submission().entities());
        assertEquals(1, t.turns().get(1).malformedCalls());
        assertEquals("payment is crashing", t.turns().get(2).reasoning());
        assertEquals(1, t.turns().get(3).notes(ChatMessage.User.NUDGE).size());
        assertEquals(new TokenUsage(1200, 1024, 50, 30), t.turns().get(0).usage());
        assertEquals((176 * 2.0 + 1024 * 0.5 + 50 * 8.0) / 1e6, t.turns().get(0).costUsd(), 1e-12);

        RecordedRequest first = mock.server.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("Bearer " + PLANTED, first.getHeaders().get("Authorization"), "the key came from the env lookup");
        String body1 = first.getBody().utf8();
        assertTrue(body1.contains("\"name\":\"shell\"") && body1.contains("\"name\":\"submit\""), body1);
        assertTrue(body1.contains("\"reasoning_effort\":\"low\"") && body1.contains("\"max_completion_tokens\":2048"), body1);
        String body2 = mock.server.takeRequest(5, TimeUnit.SECONDS).getBody().utf8();
        assertTrue(body2.contains("\"tool_call_id\":\"call_1\"") && body2.contains("alerts_at_2025-12-01T21-16-00"), body2);
        assertTrue(body2.contains("\"tool_calls\":[{\"id\":\"call_1\""), body2);

        String json = TrajectoryIO.toJson(t) + TrajectoryIO.toJsonl(t);
        assertFalse(json.contains(PLANTED), "key in trajectory");
        assertFalse(json.contains(KEY_VAR), "even the key's variable name stays out of trajectories");
        assertFalse(output.contains(PLANTED), "key in logs");
    }

    @Test
    void rateLimitWithRetryAfterThenSuccess() throws Exception {
        mock.server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3").addHeader("Content-Type",
                "application/json").body("{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\"}}").build());
        mock.server.enqueue(json(200, OK));
        ModelReply r = client(endpoint()).complete(HELLO);
        assertEquals("fine", r.message().text());
        assertEquals(2, mock.server.getRequestCount());
        assertEquals(1, mock.sleeper.waits.size());
        assertTrue(mock.sleeper.waits.get(0).compareTo(Duration.ofSeconds(3)) >= 0, "honours Retry-After: " + mock.sleeper.waits);
    }

    @Test
    void serverErrorThenSuccess() throws Exception {
        mock.server.enqueue(json(500, "{\"error\":{\"message\":\"internal\"}}"));
        mock.server.enqueue(json(200, OK));
        assertEquals("fine", client(endpoint()).complete(HELLO).message().text());
        assertEquals(2, mock.server.getRequestCount());
        Duration w = mock.sleeper.waits.get(0);
        assertTrue(w.compareTo(Duration.ofMillis(50)) >= 0 && w.compareTo(Duration.ofMillis(100)) <= 0, "jittered backoff " + w);
    }

    @Test
    void timeoutIsRetriedThenSucceeds() throws Exception {
        mock.server.enqueue(new MockResponse.Builder().code(200).headersDelay(3, TimeUnit.SECONDS).body(OK).build());
        mock.server.enqueue(json(200, OK));
        ModelReply r = client(endpoint().withTimeoutSeconds(0.5)).complete(HELLO);
        assertEquals("fine", r.message().text());
        assertEquals(1, mock.sleeper.waits.size());
    }

    @Test
    void persistentFailureEndsAfterBoundedAttemptsAsRetryable() {
        for (int i = 0; i < 4; i++) {
            mock.server.enqueue(json(503, "{\"error\":{\"message\":\"overloaded\"}}"));
        }
        ModelCallException e = assertThrows(ModelCallException.class, () -> client(endpoint()).complete(HELLO));
        assertTrue(e.retryable());
        assertEquals(4, mock.server.getRequestCount());
        assertTrue(e.getMessage().contains("HTTP 503"), e.getMessage());
    }

    @Test
    void contextLengthErrorIsRecognisedAndNotRetried() {
        mock.server.enqueue(json(400, "{\"error\":{\"message\":\"This model's maximum context length is 128000 tokens. However, "
                + "your messages resulted in 130000 tokens.\",\"type\":\"invalid_request_error\",\"param\":\"messages\","
                + "\"code\":\"context_length_exceeded\"}}"));
        ModelCallException e = assertThrows(ModelCallException.class, () -> client(endpoint()).complete(HELLO));
        assertTrue(e.contextLength());
        assertFalse(e.retryable());
        assertEquals(1, mock.server.getRequestCount());
    }

    @Test
    void keyEchoedByTheServerNeverReachesTheExceptionMessage() throws Exception {
        mock.server.enqueue(json(401, "{\"error\":{\"message\":\"Incorrect API key provided: " + PLANTED + ".\","
                + "\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}"));
        ModelCallException[] e = new ModelCallException[1];
        String output = ProviderTestSupport.captureOutput(
                () -> e[0] = assertThrows(ModelCallException.class, () -> client(endpoint()).complete(HELLO)));
        assertEquals(ModelCallException.Kind.AUTH, e[0].kind());
        assertTrue(e[0].getMessage().contains("Incorrect API key provided: ***"), e[0].getMessage());
        assertFalse(e[0].getMessage().contains(PLANTED));
        assertFalse(String.valueOf(e[0].getCause()).contains(PLANTED));
        assertFalse(output.contains(PLANTED));
    }

    @Test
    void missingKeyVariableIsNamedButNoRequestIsMade() {
        Endpoint e = Endpoint.of("x", EndpointKind.OPENAI, mock.server.url("/v1").toString(), "gpt-4o", "NOT_SET_ANYWHERE");
        ModelCallException ex = assertThrows(ModelCallException.class, () -> client(e).complete(HELLO));
        assertEquals(ModelCallException.Kind.MISSING_KEY, ex.kind());
        assertTrue(ex.getMessage().contains("NOT_SET_ANYWHERE"));
        assertEquals(0, mock.server.getRequestCount());
    }

    @Test
    void compatibleServerWithoutKeyUsesMaxTokens() throws Exception {
        mock.server.enqueue(json(200, OK));
        Endpoint e = new Endpoint("local", EndpointKind.OPENAI_COMPATIBLE, mock.server.url("/v1").toString(), "qwen3:8b", null,
                null, null, 512, null, null);
        assertEquals("fine", client(e).complete(HELLO).message().text());
        String body = mock.server.takeRequest(5, TimeUnit.SECONDS).getBody().utf8();
        assertTrue(body.contains("\"max_tokens\":512") && body.contains("\"model\":\"qwen3:8b\""), body);
    }

    @Test
    void argumentsSentAsAnObjectAreTakenAsTheirJsonText() throws Exception {
        mock.server.enqueue(json(200, completion("{\"role\":\"assistant\",\"content\":\"\",\"tool_calls\":[{\"id\":\"c1\","
                + "\"type\":\"function\",\"function\":{\"name\":\"shell\",\"arguments\":{\"command\":\"ls /snapshot\"}}}]}",
                "{\"prompt_tokens\":5,\"completion_tokens\":1,\"total_tokens\":6}")));
        ToolCall call = client(endpoint()).complete(HELLO).message().toolCalls().get(0);
        assertEquals("shell", call.name());
        assertEquals("{\"command\":\"ls /snapshot\"}", call.arguments());
    }

    @Test
    void aReplyThatIsNotJsonIsOneShortLine() {
        mock.server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html")
                .body("<html>bad gateway</html>").build());
        ModelCallException e = assertThrows(ModelCallException.class, () -> client(endpoint()).complete(HELLO));
        assertEquals(ModelCallException.Kind.BAD_RESPONSE, e.kind());
        assertTrue(e.getMessage().startsWith("endpoint 'mock-openai': unreadable response: "), e.getMessage());
        assertFalse(e.getMessage().contains("[Source:") || e.getMessage().contains("\n"), e.getMessage());
    }
}
