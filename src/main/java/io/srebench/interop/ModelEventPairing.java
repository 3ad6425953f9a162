package io.srebench.interop;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which Inspect model events produced which assistant messages, so that every event's token usage and cost lands on
 * a turn even when events and messages do not pair one to one (retries, summarisation calls, sub-agent calls,
 * messages rewritten by the solver, logs written by other Inspect implementations).
 *
 * <p>An assistant message owns the event whose output message has its id; else the event whose output calls the
 * same tool-call ids; else the event whose output text is the same; else, in order, the next free event between the
 * events owned by its neighbours. Every event left over is added to the message owning the nearest earlier event
 * (else the nearest later one, else the first message): its usage counts, its timing does not.
 */
final class ModelEventPairing {
    /** The model events of one assistant message: its own (or null) and others whose usage it carries. */
    record Events(JsonNode own, List<JsonNode> extra) {
    }

    private ModelEventPairing() {
    }

    static List<Events> pair(List<JsonNode> assistants, List<JsonNode> events) {
        int n = assistants.size();
        int[] owner = new int[events.size()];
        int[] own = new int[n];
        java.util.Arrays.fill(owner, -1);
        java.util.Arrays.fill(own, -1);
        for (int pass = 0; pass < 3; pass++) {
            for (int a = 0; a < n; a++) {
                if (own[a] >= 0) {
                    continue;
                }
                String key = key(assistants.get(a), pass);
                if (key == null) {
                    continue;
                }
                for (int e = 0; e < events.size(); e++) {
                    if (owner[e] < 0 && key.equals(key(output(events.get(e)), pass))) {
                        owner[e] = a;
                        own[a] = e;
                        break;
                    }
                }
            }
        }
        for (int a = 0; a < n; a++) {
            if (own[a] >= 0) {
                continue;
            }
            int after = -1;
            for (int b = a - 1; b >= 0 && after < 0; b--) {
                after = own[b];
            }
            int before = events.size();
            for (int b = a + 1; b < n && before == events.size(); b++) {
                before = own[b] >= 0 ? own[b] : before;
            }
            for (int e = after + 1; e < before; e++) {
                if (owner[e] < 0) {
                    owner[e] = a;
                    own[a] = e;
                    break;
                }
            }
        }
        List<List<JsonNode>> extra = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            extra.add(new ArrayList<>());
        }
        for (int e = 0; e < events.size() && n > 0; e++) {
            if (owner[e] < 0) {
                extra.get(carrier(e, owner, n)).add(events.get(e));
            }
        }
        List<Events> out = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            out.add(new Events(own[a] < 0 ? null : events.get(own[a]), extra.get(a)));
        }
        return out;
    }

    /** The message that carries left-over event {@code e}: owner of the nearest earlier, else later, owned event. */
    private static int carrier(int e, int[] owner, int n) {
        for (int d = e - 1; d >= 0; d--) {
            if (owner[d] >= 0) {
                return owner[d];
            }
        }
        for (int d = e + 1; d < owner.length; d++) {
            if (owner[d] >= 0) {
                return owner[d];
            }
        }
        return 0;
    }

    private static JsonNode output(JsonNode event) {
        return event.path("output").path("choices").path(0).path("message");
    }

    /** Pass 0: message id; 1: the set of tool-call ids; 2: the message text. Null when the message has none. */
    private static String key(JsonNode message, int pass) {
        switch (pass) {
            case 0:
                return ImportJson.text(message, "id");
            case 1:
                Set<String> ids = new TreeSet<>();
                for (JsonNode c : ImportJson.elements(message.get("tool_calls"))) {
                    String id = ImportJson.text(c, "id");
                    if (id != null) {
                        ids.add(id);
                    }
                }
                return ids.isEmpty() ? null : String.join("\u0000", ids);
            default:
                String text = Sources.contentText(message.get("content"));
                return text == null || text.isBlank() ? null : text;
        }
    }
}
