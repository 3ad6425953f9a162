package io.srebench.trajectory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.srebench.common.BadInputException;
import io.srebench.common.JsonMappers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes trajectories as one JSON document or as JSONL: a header line (schema + run metadata as at the
 * start), one line per turn, a footer line (end time, status, error, submission). A JSONL file without footer is a
 * run still going or one that died: it reads back with a null status. Both forms round-trip exactly.
 */
public final class TrajectoryIO {
    /** The mapper used for trajectories: ISO-8601 instants, nulls omitted, unknown fields ignored. */
    public static final ObjectMapper MAPPER = JsonMappers.trajectory();

    private TrajectoryIO() {
    }

    /** The header line of a JSONL trajectory. */
    public record Header(String type, String schema, RunInfo run) {
    }

    /** A turn line of a JSONL trajectory. */
    public record TurnLine(String type, Turn turn) {
    }

    /** The footer line of a JSONL trajectory. */
    public record Footer(String type, Instant endedAt, RunStatus status, String error, Submission submission) {
    }

    public static String toJson(Trajectory t) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(t);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise trajectory", e);
        }
    }

    public static Trajectory fromJson(String json, String source) {
        JsonNode node = parse(json, source, 0);
        checkSchema(node.path("schema").asText(null), source, 0);
        return convert(node, Trajectory.class, source, 0);
    }

    public static String headerLine(RunInfo run) {
        return line(new Header("header", Trajectory.SCHEMA, run.ended(null, null, null)));
    }

    public static String turnLine(Turn turn) {
        return line(new TurnLine("turn", turn));
    }

    /** Reads one line written by {@link #turnLine(Turn)} (the store keeps turns in this form). */
    public static Turn parseTurnLine(String line) {
        try {
            JsonNode n = MAPPER.readTree(line);
            JsonNode t = n.has("turn") ? n.get("turn") : n;
            return MAPPER.treeToValue(t, Turn.class);
        } catch (IOException e) {
            throw new BadInputException("turn: not a trajectory turn line: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    public static String footerLine(Trajectory t) {
        return line(new Footer("footer", t.run().endedAt(), t.run().status(), t.run().error(), t.submission()));
    }

    /** The whole trajectory as JSONL text (each line ends with {@code \n}). */
    public static String toJsonl(Trajectory t) {
        StringBuilder sb = new StringBuilder(headerLine(t.run())).append('\n');
        for (Turn turn : t.turns()) {
            sb.append(turnLine(turn)).append('\n');
        }
        return sb.append(footerLine(t)).append('\n').toString();
    }

    public static Trajectory fromJsonl(String text, String source) {
        RunInfo run = null;
        List<Turn> turns = new ArrayList<>();
        Footer footer = null;
        int lineNo = 0;
        try (BufferedReader r = new BufferedReader(new StringReader(text))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = parse(line, source, lineNo);
                String type = node.path("type").asText("");
                switch (type) {
                    case "header" -> {
                        checkSchema(node.path("schema").asText(null), source, lineNo);
                        run = convert(node.path("run"), RunInfo.class, source, lineNo);
                    }
                    case "turn" -> turns.add(convert(node.path("turn"), Turn.class, source, lineNo));
                    case "footer" -> footer = convert(node, Footer.class, source, lineNo);
                    default -> throw new BadInputException(source + ":" + lineNo + ": type: unknown line type \"" + type + "\"");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (run == null) {
            throw new BadInputException(source + ": no header line");
        }
        if (footer == null) {
            return new Trajectory(Trajectory.SCHEMA, run, turns, null);
        }
        return new Trajectory(Trajectory.SCHEMA, run.ended(footer.endedAt(), footer.status(), footer.error()), turns,
                footer.submission());
    }

    /** Reads a {@code .json} or {@code .jsonl} file (chosen by the extension). */
    public static Trajectory read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + e.getMessage(), e);
        }
        return file.toString().endsWith(".jsonl") ? fromJsonl(text, file.toString()) : fromJson(text, file.toString());
    }

    /** Writes JSON, or JSONL when the file name ends with {@code .jsonl}. */
    public static void write(Trajectory t, Path file) throws IOException {
        String text = file.toString().endsWith(".jsonl") ? toJsonl(t) : toJson(t);
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String line(Object o) {
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise trajectory line", e);
        }
    }

    private static JsonNode parse(String text, String source, int line) {
        try {
            JsonNode n = MAPPER.readTree(text);
            if (n == null || !n.isObject()) {
                throw new BadInputException(where(source, line) + ": expected a JSON object");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw new BadInputException(where(source, line) + ": malformed JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static <T> T convert(JsonNode node, Class<T> type, String source, int line) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String msg = e instanceof JsonProcessingException jp ? jp.getOriginalMessage() : e.getMessage();
            throw new BadInputException(where(source, line) + ": bad " + type.getSimpleName() + ": "
                    + String.valueOf(msg).replace('\n', ' '), e);
        }
    }

    private static void checkSchema(String schema, String source, int line) {
        if (!Trajectory.SCHEMA.equals(schema)) {
            throw new BadInputException(where(source, line) + ": schema: expected \"" + Trajectory.SCHEMA + "\", found \""
                    + schema + "\"");
        }
    }

    private static String where(String source, int line) {
        return line > 0 ? source + ":" + line : source;
    }
}
