package io.srebench.agent.provider;

import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

class ProbeTest {
    @Test
    void probe() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                    .body("{\"id\":\"x\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,"
                            + "\"finish_reason\":\"stop\",\"message\":{\"role\":\"assistant\",\"content\":\"hi\"}}],"
                            + "\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":1,\"total_tokens\":4}}").build());
            var client = OpenAIOkHttpClient.builder().apiKey("k").baseUrl(server.url("/v1").toString()).maxRetries(0).build();
            var r = client.chat().completions().create(ChatCompletionCreateParams.builder().model("m").addUserMessage("x").build());
            System.out.println("PROBE " + r.choices().get(0).message().content() + " " + server.takeRequest().getTarget());
        }
    }
}
