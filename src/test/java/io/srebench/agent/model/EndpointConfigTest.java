package io.srebench.agent.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.common.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EndpointConfigTest {
    @TempDir
    Path dir;

    @Test
    void savesAndLoadsEndpointsWithoutKeys() throws Exception {
        Path f = dir.resolve("cfg/endpoints.json");
        EndpointConfig c = EndpointConfig.load(f);
        assertTrue(c.endpoints().isEmpty());
        c.put(new Endpoint("local-vllm", EndpointKind.OPENAI_COMPATIBLE, "http://127.0.0.1:8000/v1", "qwen3",
                "VLLM_KEY", null, "high", 4096, null, 120.0));
        c.put(Endpoint.of("claude", EndpointKind.ANTHROPIC, null, "claude-sonnet-4-5", "ANTHROPIC_API_KEY"));
        EndpointConfig back = EndpointConfig.load(f);
        assertEquals(2, back.endpoints().size());
        assertEquals("http://127.0.0.1:8000/v1", back.find("local-vllm").orElseThrow().baseUrl());
        assertEquals(4096, back.find("local-vllm").orElseThrow().maxTokens());
        assertEquals(EndpointKind.ANTHROPIC, back.find("claude").orElseThrow().kind());
        String text = Files.readString(f);
        assertTrue(text.contains("\"apiKeyEnv\" : \"VLLM_KEY\""), text);
        back.remove("claude");
        assertFalse(EndpointConfig.load(f).find("claude").isPresent());
    }

    @Test
    void aFileHoldingAKeyIsRefused() throws Exception {
        Path f = dir.resolve("endpoints.json");
        Files.writeString(f, "{\"schema\":\"srebench.endpoints/1\",\"endpoints\":[{\"name\":\"x\",\"kind\":\"openai\","
                + "\"model\":\"gpt-4o\",\"apiKey\":\"sk-live-123\"}]}");
        BadInputException e = assertThrows(BadInputException.class, () -> EndpointConfig.load(f));
        assertTrue(e.getMessage().contains("endpoints[0].apiKey"), e.getMessage());
        assertFalse(e.getMessage().contains("sk-live-123"));
    }

    @Test
    void duplicatesAndBadKindsAreRefused() throws Exception {
        Path f = dir.resolve("endpoints.json");
        Files.writeString(f, "{\"schema\":\"srebench.endpoints/1\",\"endpoints\":[{\"name\":\"x\",\"kind\":\"openai\","
                + "\"model\":\"a\"},{\"name\":\"x\",\"kind\":\"openai\",\"model\":\"b\"}]}");
        assertTrue(assertThrows(BadInputException.class, () -> EndpointConfig.load(f)).getMessage()
                .contains("duplicate endpoint"));
        Files.writeString(f, "{\"schema\":\"srebench.endpoints/1\",\"endpoints\":[{\"name\":\"x\",\"kind\":\"cohere\","
                + "\"model\":\"a\"}]}");
        assertTrue(assertThrows(BadInputException.class, () -> EndpointConfig.load(f)).getMessage()
                .contains("endpoints[0]"));
        Files.writeString(f, "{\"endpoints\":[]}");
        assertTrue(assertThrows(BadInputException.class, () -> EndpointConfig.load(f)).getMessage().contains("schema"));
    }
}
