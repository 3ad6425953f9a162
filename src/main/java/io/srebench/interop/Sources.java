package io.srebench.interop;

import com.fasterxml.jackson.databind.JsonNode;
import io.srebench.trajectory.EndpointInfo;
import io.srebench.trajectory.RunInfo;
import io.srebench.trajectory.RunStatus;
import io.srebench.trajectory.Turn;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Small pieces every importer needs: run metadata, task ids from paths, content text. */
final class Sources {
    private Sources() {
    }

    /** The scenario a path names in one of its directory or file names (nearest first), if any. */
    static Optional<String> taskFromPath(Path file) {
        for (Path p = file.toAbsolutePath(); p != null; p = p.getParent()) {
            Path name = p.getFileName();
            if (name != null) {
                Optional<String> id = TaskIds.scenarioId(name.toString().replaceFirst("\\.[A-Za-z0-9]+$", ""));
                if (id.isPresent()) {
                    return id;
                }
            }
        }
        return Optional.empty();
    }

    /** A stable run id for a source run without one: derived from the file and the run's position in it. */
    static String runId(String given, Path file, int index) {
        if (given != null && !given.isBlank()) {
            return given;
        }
        return UUID.nameUUIDFromBytes((file.toAbsolutePath() + "#" + index).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * Run metadata of an imported run. Start and end default to the first turn's start and the last turn's end.
     */
    static RunInfo runInfo(String runId, String taskId, String agent, String model, Instant startedAt, Instant endedAt,
                           RunStatus status, String error, List<Turn> turns) {
        Instant start = startedAt;
        Instant end = endedAt;
        if (start == null) {
            for (Turn t : turns) {
                start = t.startedAt() != null ? t.startedAt() : t.endedAt();
                if (start != null) {
                    break;
                }
            }
        }
        if (end == null) {
            for (int i = turns.size() - 1; i >= 0 && end == null; i--) {
                end = turns.get(i).endedAt() != null ? turns.get(i).endedAt() : turns.get(i).startedAt();
            }
        }
        EndpointInfo ep = model == null ? null : new EndpointInfo(null, null, model, null, null, null);
        return new RunInfo(runId, taskId, agent, ep, null, start, end, status, error, 0, 0, 0);
    }

    /**
     * The text of a content value: a string, or a list of strings / {@code {type|kind: "text", text}} items joined by
     * newlines. Reasoning and media items are skipped (media as a short placeholder).
     */
    static String contentText(JsonNode content) {
        if (content == null || content.isNull() || content.isMissingNode()) {
            return "";
        }
        if (content.isTextual()) {
            return content.asText();
        }
        if (!content.isArray()) {
            return content.isValueNode() ? content.asText() : ImportJson.compact(content);
        }
        StringBuilder sb = new StringBuilder();
        for (JsonNode item : content) {
            String piece = null;
            if (item.isTextual()) {
                piece = item.asText();
            } else if (item.isObject()) {
                String type = ImportJson.text(item, "type");
                if (type == null) {
                    type = ImportJson.text(item, "kind");
                }
                if (type == null || "text".equals(type)) {
                    piece = ImportJson.text(item, "text");
                } else if (type.contains("image") || type.contains("audio") || type.contains("video")
                        || type.contains("document")) {
                    piece = "[" + type.replace("_content_block", "") + "]";
                }
            }
            if (piece != null) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(piece);
            }
        }
        return sb.toString();
    }
}
