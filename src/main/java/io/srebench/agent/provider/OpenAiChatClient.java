package io.srebench.agent.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.errors.OpenAIException;
import com.openai.errors.OpenAIInvalidDataException;
import com.openai.errors.OpenAIIoException;
import com.openai.errors.OpenAIRetryableException;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.ReasoningEffort;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionAssistantMessageParam;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionFunctionTool;
import com.openai.models.chat.completions.ChatCompletionMessage;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionMessageToolCall;
import com.openai.models.chat.completions.ChatCompletionToolMessageParam;
import com.openai.models.completions.CompletionUsage;
import io.srebench.trajectory.ChatMessage;
import io.srebench.agent.model.Endpoint;
import io.srebench.agent.model.EndpointKind;
import io.srebench.agent.model.EnvLookup;
import io.srebench.agent.model.ModelCallException;
import io.srebench.agent.model.ModelClient;
import io.srebench.agent.model.ModelReply;
import io.srebench.agent.model.ModelRequest;
import io.srebench.trajectory.Thinking;
import io.srebench.trajectory.TokenUsage;
import io.srebench.trajectory.ToolCall;
import io.srebench.agent.model.ToolSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Chat Completions through the official OpenAI Java SDK, for OpenAI itself and for OpenAI-compatible servers
 * (vLLM, Ollama, LM Studio, OpenRouter: set {@link Endpoint#baseUrl()}).
 *
 * <p>One HTTP attempt per call (SDK retries off). The key is read from {@link Endpoint#apiKeyEnv()} at each call
 * and handed only to the SDK client built for that call. Reasoning text is taken from the non-standard
 * {@code reasoning_content} / {@code reasoning} message fields some compatible servers add; OpenAI's own
 * reasoning models return none (only a token count).
 */
public final class OpenAiChatClient implements ModelClient {
    static final String OPENAI_BASE_URL = "https://api.openai.com/v1";
    /** Sent when a local compatible server needs no key (the SDK requires some value). */
    private static final String NO_KEY = "not-needed";

    private final Endpoint endpoint;
    private final EnvLookup env;

    public OpenAiChatClient(Endpoint endpoint, EnvLookup env) {
        if (endpoint.kind() == EndpointKind.ANTHROPIC) {
            throw new IllegalArgumentException("endpoint '" + endpoint.name() + "' is an Anthropic endpoint");
        }
        this.endpoint = endpoint;
        this.env = env;
    }

    @Override
    public ModelReply complete(ModelRequest request) throws ModelCallException {
        String key = ApiKeys.read(endpoint, env, endpoint.kind() == EndpointKind.OPENAI_COMPATIBLE ? NO_KEY : null);
        ChatCompletionCreateParams params = params(request);
        OpenAIClient client = OpenAIOkHttpClient.builder()
                .apiKey(key)
                .baseUrl(endpoint.baseUrl() == null ? OPENAI_BASE_URL : endpoint.baseUrl())
                .maxRetries(0)
                .timeout(Duration.ofMillis((long) (endpoint.timeoutOrDefault() * 1000)))
                .build();
        long t0 = System.nanoTime();
        try {
            ChatCompletion completion = client.chat().completions().create(params);
            long latency = (System.nanoTime() - t0) / 1_000_000;
            return reply(completion, latency);
        } catch (OpenAIServiceException e) {
            throw ProviderErrors.http(endpoint.name(), e.statusCode(), apiMessage(e),
                    e.code().orElse(""), e.headers().values("retry-after-ms"), e.headers().values("retry-after"), key);
        } catch (OpenAIIoException | OpenAIRetryableException e) {
            throw ProviderErrors.io(endpoint.name(), e, key);
        } catch (OpenAIInvalidDataException e) {
            throw ProviderErrors.badResponse(endpoint.name(), e, key);
        } catch (OpenAIException e) {
            throw ProviderErrors.io(endpoint.name(), e, key);
        } finally {
            client.close();
        }
    }

    ChatCompletionCreateParams params(ModelRequest request) {
        ChatCompletionCreateParams.Builder b = ChatCompletionCreateParams.builder().model(endpoint.model());
        for (ChatMessage m : request.messages()) {
            if (m instanceof ChatMessage.System s) {
                b.addSystemMessage(s.text());
            } else if (m instanceof ChatMessage.User u) {
                b.addUserMessage(u.text());
            } else if (m instanceof ChatMessage.Assistant a) {
                b.addMessage(assistant(a));
            } else if (m instanceof ChatMessage.ToolResult r) {
                b.addMessage(ChatCompletionToolMessageParam.builder().toolCallId(r.callId()).content(r.content()).build());
            }
        }
        for (ToolSpec t : request.tools()) {
            FunctionParameters.Builder p = FunctionParameters.builder();
            for (Map.Entry<String, Object> e : t.parameters().entrySet()) {
                p.putAdditionalProperty(e.getKey(), JsonValue.from(e.getValue()));
            }
            b.addTool(ChatCompletionFunctionTool.builder().function(FunctionDefinition.builder().name(t.name())
                    .description(t.description()).parameters(p.build()).build()).build());
        }
        if (endpoint.reasoningEffort() != null && !endpoint.reasoningEffort().isBlank()) {
            b.reasoningEffort(ReasoningEffort.of(endpoint.reasoningEffort().trim()));
        }
        if (endpoint.maxTokens() != null) {
            // OpenAI deprecated max_tokens (reasoning models refuse it); compatible servers widely know only max_tokens.
            if (endpoint.kind() == EndpointKind.OPENAI) {
                b.maxCompletionTokens(endpoint.maxTokens().longValue());
            } else {
                b.maxTokens(endpoint.maxTokens().longValue());
            }
        }
        return b.build();
    }

    private static ChatCompletionAssistantMessageParam assistant(ChatMessage.Assistant a) {
        ChatCompletionAssistantMessageParam.Builder b = ChatCompletionAssistantMessageParam.builder();
        if (!a.text().isEmpty() || a.toolCalls().isEmpty()) {
            b.content(a.text());
        }
        for (ToolCall c : a.toolCalls()) {
            b.addToolCall(ChatCompletionMessageFunctionToolCall.builder().id(c.id())
                    .function(ChatCompletionMessageFunctionToolCall.Function.builder().name(c.name())
                            .arguments(c.arguments()).build())
                    .build());
        }
        return b.build();
    }

    private ModelReply reply(ChatCompletion completion, long latencyMs) throws ModelCallException {
        if (completion.choices().isEmpty()) {
            throw new ModelCallException("endpoint '" + endpoint.name() + "': response has no choices",
                    ModelCallException.Kind.BAD_RESPONSE, true, 200, null);
        }
        ChatCompletion.Choice choice = completion.choices().get(0);
        ChatCompletionMessage msg = choice.message();
        List<ToolCall> calls = new ArrayList<>();
        for (ChatCompletionMessageToolCall tc : msg.toolCalls().orElse(List.of())) {
            if (tc.isFunction()) {
                ChatCompletionMessageFunctionToolCall f = tc.asFunction();
                String id = f.id() == null || f.id().isBlank() ? "call_" + UUID.randomUUID().toString().replace("-", "")
                        : f.id();
                calls.add(new ToolCall(id, f.function().name(), argumentsText(f.function()._arguments())));
            }
        }
        List<Thinking> thinking = new ArrayList<>();
        String reasoning = extraString(msg, "reasoning_content");
        if (reasoning == null) {
            reasoning = extraString(msg, "reasoning");
        }
        if (reasoning != null && !reasoning.isBlank()) {
            thinking.add(Thinking.plain(reasoning));
        }
        String text = msg.content().orElse("");
        return new ModelReply(new ChatMessage.Assistant(text, thinking, calls), usage(completion), latencyMs,
                choice.finishReason().asString());
    }

    /**
     * The arguments as JSON text. The API sends a string holding JSON; some compatible servers send the JSON object
     * itself, which is taken as its text rather than failing the whole reply.
     */
    private static String argumentsText(com.openai.core.JsonField<String> raw) {
        Optional<String> text = raw.asKnown();
        if (text.isPresent()) {
            return text.get();
        }
        Optional<com.openai.core.JsonValue> other = raw.asUnknown();
        if (other.isPresent()) {
            com.fasterxml.jackson.databind.JsonNode node = other.get().convert(com.fasterxml.jackson.databind.JsonNode.class);
            return node == null || node.isNull() ? "" : node.toString();
        }
        return ""; // missing or null: the harness reports a malformed call to the model
    }

    private static TokenUsage usage(ChatCompletion completion) {
        if (completion.usage().isEmpty()) {
            return TokenUsage.ZERO;
        }
        CompletionUsage u = completion.usage().get();
        long cached = u.promptTokensDetails().flatMap(CompletionUsage.PromptTokensDetails::cachedTokens).orElse(0L);
        long reasoning = u.completionTokensDetails().flatMap(CompletionUsage.CompletionTokensDetails::reasoningTokens)
                .orElse(0L);
        return new TokenUsage(u.promptTokens(), cached, u.completionTokens(), reasoning);
    }

    private static String extraString(ChatCompletionMessage msg, String field) {
        JsonValue v = msg._additionalProperties().get(field);
        if (v == null) {
            return null;
        }
        JsonNode node = v.convert(JsonNode.class);
        return node != null && node.isTextual() ? node.asText() : null;
    }

    private static String apiMessage(OpenAIServiceException e) {
        try {
            JsonNode body = e.body().convert(JsonNode.class);
            if (body != null) {
                JsonNode m = body.path("error").path("message");
                if (m.isTextual()) {
                    return m.asText();
                }
                if (body.path("message").isTextual()) {
                    return body.path("message").asText();
                }
            }
        } catch (RuntimeException ignored) {
            // fall back to the SDK's own text
            return e.getMessage();
        }
        return e.getMessage();
    }
}
