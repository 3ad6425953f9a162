package io.srebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.run.RunQuery;
import io.srebench.trajectory.RunStatus;
import io.srebench.run.RunSummary;
import io.srebench.store.SqliteStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code srebench run-one --agent model --provider openai-compatible --base-url ...} end to end in a
 * real process against a local server speaking Chat Completions (as vLLM, Ollama or LM Studio do):
 * the model runs a shell command in the sandbox, then submits; the run is stored and scored, and
 * the API key (from the environment variable the command names) appears nowhere but in the request.
 */
class RunOneOpenAiCompatibleTest {
    private static final String KEY = "sk-test-PLANTED-cli-4242";

    @TempDir
    Path dir;
    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static MockResponse toolCall(String id, String name, String argsJson, int in, int out) {
        return toolCall(id, name, argsJson, in, out, "Looking.");
    }

    private static MockResponse toolCall(String id, String name, String argsJson, int in, int out, String content) {
        String args = argsJson.replace("\\", "\\\\").replace("\"", "\\\"");
        String body = "{\"id\":\"chatcmpl-" + id + "\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"local-qwen\","
                + "\"choices\":[{\"index\":0,\"finish_reason\":\"tool_calls\",\"message\":{\"role\":\"assistant\","
                + "\"content\":\"" + content + "\",\"tool_calls\":[{\"id\":\"call_" + id + "\",\"type\":\"function\","
                + "\"function\":{\"name\":\"" + name + "\",\"arguments\":\"" + args + "\"}}]}}],"
                + "\"usage\":{\"prompt_tokens\":" + in + ",\"completion_tokens\":" + out + ",\"total_tokens\":" + (in + out)
                + "}}";
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }

    @Test
    void runOneAgainstALocalOpenAiCompatibleServer() throws Exception {
        server.enqueue(toolCall("1", "shell", "{\"command\":\"ls /snapshot && grep -c Warning /snapshot/k8s_events_raw.tsv\"}",
                1200, 40));
        server.enqueue(toolCall("2", "submit", "{\"entities\":[\"otel-demo/Deployment/shipping\"],"
                + "\"reasoning\":\"env var changed\"}", 2400, 30));
        Path db = dir.resolve("s.db");
        String out = runOne(db, List.of("--api-key-env", "LOCAL_LLM_KEY"), KEY);
        assertTrue(out.contains("$ ls /snapshot"), out);
        assertTrue(out.contains("score      1.000"), out);

        RecordedRequest first = server.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("/v1/chat/completions", first.getUrl().encodedPath());
        assertEquals("Bearer " + KEY, first.getHeaders().get("Authorization"));
        String body1 = first.getBody().utf8();
        assertTrue(body1.contains("\"shell\"") && body1.contains("\"submit\""), "tools offered: " + body1);
        String body2 = server.takeRequest(5, TimeUnit.SECONDS).getBody().utf8();
        assertTrue(body2.contains("call_1") && body2.contains("k8s_events_raw.tsv"), "tool result sent back: " + body2);

        try (SqliteStore s = SqliteStore.open(db)) {
            RunSummary r = s.list(RunQuery.all()).get(0);
            assertEquals(RunStatus.DONE, r.status());
            assertEquals("local-qwen", r.model());
            assertEquals(1.0, r.score());
            assertEquals(3600, r.inputTokens());
            assertEquals(2, r.turns());
        }
        assertFalse(out.contains(KEY), "key printed");
        assertFalse(new String(Files.readAllBytes(db), StandardCharsets.ISO_8859_1).contains(KEY), "key in the store");
    }

    /** Issue 14 finding 8: an endpoint that echoes its key into the model's text must not get it stored. */
    @Test
    void aKeyEchoedByTheEndpointIsRedactedBeforeStorage() throws Exception {
        server.enqueue(toolCall("1", "shell", "{\"command\":\"echo " + KEY + "\"}", 100, 10, "My key is " + KEY));
        server.enqueue(toolCall("2", "submit", "{\"entities\":[\"otel-demo/Deployment/shipping\"],"
                + "\"reasoning\":\"" + KEY + "\"}", 100, 10, KEY));
        Path db = dir.resolve("echo.db");
        String out = runOne(db, List.of("--api-key-env", "LOCAL_LLM_KEY"), KEY);
        assertFalse(out.contains(KEY), "key printed: " + out);
        assertTrue(out.contains("[redacted $LOCAL_LLM_KEY]"), out);
        assertFalse(new String(Files.readAllBytes(db), StandardCharsets.ISO_8859_1).contains(KEY), "key in the store");
        CliRunner show = CliRunner.run("show", "1", "--db", db.toString());
        assertFalse(show.out().contains(KEY), show.out());
    }

    @Test
    void aLocalServerNeedsNoKeyVariable() throws Exception {
        server.enqueue(toolCall("1", "submit", "{\"entities\":[\"otel-demo/Deployment/shipping\"]}", 100, 10));
        String out = runOne(dir.resolve("nokey.db"), List.of(), null);
        assertTrue(out.contains("score      1.000"), out);
        String auth = server.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Authorization");
        assertFalse(auth != null && auth.contains(KEY), "no key was configured, none may be sent: " + auth);
    }

    /** Runs {@code run-one} in a child JVM (its own environment) and returns its output; fails on a nonzero exit. */
    private String runOne(Path db, List<String> extra, String key) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.srebench.Main", "run-one", "--task", "scenario-16",
                "--agent", "model", "--provider", "openai-compatible", "--model", "local-qwen", "--base-url",
                server.url("/v1").toString(), "--db", db.toString(), "--tasks-dir",
                Path.of(System.getProperty("user.dir"), "tasks").toString()));
        cmd.addAll(extra);
        Path log = dir.resolve(db.getFileName() + ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().remove("OPENAI_API_KEY");
        if (key != null) {
            pb.environment().put("LOCAL_LLM_KEY", key);
        }
        pb.environment().put("SREBENCH_CACHE_DIR", dir.resolve("cache").toString());
        pb.environment().put("SREBENCH_CONFIG_DIR", dir.resolve("config").toString());
        Process p = pb.start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
