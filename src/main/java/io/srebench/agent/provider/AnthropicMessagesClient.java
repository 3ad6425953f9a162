package io.srebench.agent.provider;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.JsonValue;
import com.anthropic.errors.AnthropicException;
import com.anthropic.errors.AnthropicInvalidDataException;
import com.anthropic.errors.AnthropicIoException;
import com.anthropic.errors.AnthropicRetryableException;
import com.anthropic.errors.AnthropicServiceException;
import com.anthropic.models.messages.ContentBlock;
import com.anthropic.models.messages.ContentBlockParam;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.MessageParam;
import com.anthropic.models.messages.RedactedThinkingBlockParam;
import com.anthropic.models.messages.ThinkingBlockParam;
import com.anthropic.models.messages.ThinkingConfigEnabled;
import com.anthropic.models.messages.Tool;
import com.anthropic.models.messages.ToolResultBlockParam;
import com.anthropic.models.messages.ToolUseBlock;
import com.anthropic.models.messages.ToolUseBlockParam;
import com.anthropic.models.messages.Usage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.srebench.common.JsonMappers;
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
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Anthropic's Messages API through the official Java SDK.
 *
 * <p>One HTTP attempt per call (SDK retries off); the key is read from {@link Endpoint#apiKeyEnv()} at each call.
 * System messages become the {@code system} parameter; tool results and harness notes that follow each other are
 * merged into one user message (the API wants roles to alternate). Thinking blocks with a signature are echoed
 * back, as the API requires during tool use with extended thinking. Usage: {@code input} counts cache reads and
 * cache writes too, {@code cachedInput} the cache reads.
 */
public final class AnthropicMessagesClient implements ModelClient {
    static final int DEFAULT_MAX_TOKENS = 16_384;
    private static final ObjectMapper JSON = JsonMappers.json();

    private final Endpoint endpoint;
    private final EnvLookup env;

    public AnthropicMessagesClient(Endpoint endpoint, EnvLookup env) {
        if (endpoint.kind() != EndpointKind.ANTHROPIC) {
            throw new IllegalArgumentException("endpoint '" + endpoint.name() + "' is not an Anthropic endpoint");
        }
        this.endpoint = endpoint;
        this.env = env;
    }

    @Override
    public ModelReply complete(ModelRequest request) throws ModelCallException {
        String key = ApiKeys.read(endpoint, env, null);
        MessageCreateParams params = params(request);
        AnthropicOkHttpClient.Builder cb = AnthropicOkHttpClient.builder().apiKey(key).maxRetries(0)
                .timeout(Duration.ofMillis((long) (endpoint.timeoutOrDefault() * 1000)));
        if (endpoint.baseUrl() != null) {
            cb.baseUrl(endpoint.baseUrl());
        }
        AnthropicClient client = cb.build();
        long t0 = System.nanoTime();
        try {
            Message message = client.messages().create(params);
            return reply(message, (System.nanoTime() - t0) / 1_000_000);
        } catch (AnthropicServiceException e) {
            throw ProviderErrors.http(endpoint.name(), e.statusCode(), e.apiMessage().orElse(e.getMessage()),
                    e.type().map(Object::toString).orElse(""), e.headers().values("retry-after-ms"),
                    e.headers().values("retry-after"), key);
        } catch (AnthropicIoException | AnthropicRetryableException e) {
            throw ProviderErrors.io(endpoint.name(), e, key);
        } catch (AnthropicInvalidDataException e) {
            throw ProviderErrors.badResponse(endpoint.name(), e, key);
        } catch (AnthropicException e) {
            throw ProviderErrors.io(endpoint.name(), e, key);
        } finally {
            client.close();
        }
    }

    MessageCreateParams params(ModelRequest request) {
        long maxTokens = endpoint.maxTokens() == null ? DEFAULT_MAX_TOKENS : endpoint.maxTokens();
        MessageCreateParams.Builder b = MessageCreateParams.builder().model(endpoint.model());
        if (endpoint.thinkingBudget() != null && endpoint.thinkingBudget() > 0) {
            b.thinking(ThinkingConfigEnabled.builder().budgetTokens(endpoint.thinkingBudget()).build());
            // max_tokens must exceed the thinking budget, or the API refuses the request
            maxTokens = Math.max(maxTokens, endpoint.thinkingBudget() + 4096L);
        }
        b.maxTokens(maxTokens);
        StringBuilder system = new StringBuilder();
        List<ContentBlockParam> userBlocks = new ArrayList<>();
        for (ChatMessage m : request.messages()) {
            if (m instanceof ChatMessage.System s) {
                system.append(system.length() > 0 ? "\n\n" : "").append(s.text());
            } else if (m instanceof ChatMessage.User u) {
                userBlocks.add(ContentBlockParam.ofText(u.text()));
            } else if (m instanceof ChatMessage.ToolResult r) {
                userBlocks.add(ContentBlockParam.ofToolResult(ToolResultBlockParam.builder().toolUseId(r.callId())
                        .content(r.content()).isError(r.error()).build()));
            } else if (m instanceof ChatMessage.Assistant a) {
                flushUser(b, userBlocks);
                b.addMessage(MessageParam.ofAssistantOfContentBlockParams(assistantBlocks(a)));
            }
        }
        flushUser(b, userBlocks);
        if (system.length() > 0) {
            b.system(system.toString());
        }
        for (ToolSpec t : request.tools()) {
            b.addTool(tool(t));
        }
        return b.build();
    }

    private static void flushUser(MessageCreateParams.Builder b, List<ContentBlockParam> blocks) {
        if (!blocks.isEmpty()) {
            b.addMessage(MessageParam.ofUserOfContentBlockParams(List.copyOf(blocks)));
            blocks.clear();
        }
    }

    private static List<ContentBlockParam> assistantBlocks(ChatMessage.Assistant a) {
        List<ContentBlockParam> out = new ArrayList<>();
        for (Thinking t : a.thinking()) {
            if (t.redacted()) {
                out.add(ContentBlockParam.ofRedactedThinking(RedactedThinkingBlockParam.builder().data(t.text()).build()));
            } else if (t.signature() != null) {
                out.add(ContentBlockParam.ofThinking(ThinkingBlockParam.builder().thinking(t.text())
                        .signature(t.signature()).build()));
            }
        }
        if (!a.text().isBlank()) {
            out.add(ContentBlockParam.ofText(a.text()));
        }
        for (ToolCall c : a.toolCalls()) {
            ToolUseBlockParam.Input.Builder input = ToolUseBlockParam.Input.builder();
            JsonNode args = parseObject(c.arguments());
            for (Iterator<Map.Entry<String, JsonNode>> it = args.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                input.putAdditionalProperty(e.getKey(), JsonValue.fromJsonNode(e.getValue()));
            }
            out.add(ContentBlockParam.ofToolUse(ToolUseBlockParam.builder().id(c.id()).name(c.name())
                    .input(input.build()).build()));
        }
        if (out.isEmpty()) {
            out.add(ContentBlockParam.ofText("(no output)"));
        }
        return out;
    }

    private static Tool tool(ToolSpec t) {
        Tool.InputSchema.Properties.Builder props = Tool.InputSchema.Properties.builder();
        Object properties = t.parameters().get("properties");
        if (properties instanceof Map<?, ?> pm) {
            for (Map.Entry<?, ?> e : pm.entrySet()) {
                props.putAdditionalProperty(String.valueOf(e.getKey()), JsonValue.from(e.getValue()));
            }
        }
        Tool.InputSchema.Builder schema = Tool.InputSchema.builder().properties(props.build());
        if (t.parameters().get("required") instanceof List<?> req) {
            for (Object r : req) {
                schema.addRequired(String.valueOf(r));
            }
        }
        return Tool.builder().name(t.name()).description(t.description()).inputSchema(schema.build()).build();
    }

    private ModelReply reply(Message message, long latencyMs) throws ModelCallException {
        StringBuilder text = new StringBuilder();
        List<Thinking> thinking = new ArrayList<>();
        List<ToolCall> calls = new ArrayList<>();
        for (ContentBlock block : message.content()) {
            if (block.isText()) {
                text.append(text.length() > 0 ? "\n" : "").append(block.asText().text());
            } else if (block.isThinking()) {
                thinking.add(new Thinking(block.asThinking().thinking(), block.asThinking().signature(), false));
            } else if (block.isRedactedThinking()) {
                thinking.add(new Thinking(block.asRedactedThinking().data(), null, true));
            } else if (block.isToolUse()) {
                ToolUseBlock tu = block.asToolUse();
                calls.add(new ToolCall(tu.id(), tu.name(), inputJson(tu)));
            }
        }
        String stop = message.stopReason().map(r -> r.asString()).orElse(null);
        if ("model_context_window_exceeded".equals(stop) && calls.isEmpty()) {
            throw new ModelCallException("endpoint '" + endpoint.name() + "': the model's context window is full "
                    + "(context length exceeded)", ModelCallException.Kind.CONTEXT_LENGTH, false, 200, null);
        }
        return new ModelReply(new ChatMessage.Assistant(text.toString(), thinking, calls), usage(message.usage()), latencyMs,
                stop);
    }

    private static TokenUsage usage(Usage u) {
        long cacheRead = u.cacheReadInputTokens().orElse(0L);
        long cacheWrite = u.cacheCreationInputTokens().orElse(0L);
        long thinking = u.outputTokensDetails().map(d -> d.thinkingTokens()).orElse(0L);
        return new TokenUsage(u.inputTokens() + cacheRead + cacheWrite, cacheRead, u.outputTokens(), thinking);
    }

    /** The tool input as JSON text; a non-object input is kept as its JSON so the harness can reject it. */
    private static String inputJson(ToolUseBlock tu) {
        try {
            JsonNode node = tu._input().convert(JsonNode.class);
            return node == null ? "" : JSON.writeValueAsString(node);
        } catch (IOException | RuntimeException e) {
            return String.valueOf(tu._input());
        }
    }

    private static JsonNode parseObject(String json) {
        try {
            JsonNode n = JSON.readTree(json);
            return n != null && n.isObject() ? n : JSON.createObjectNode();
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
