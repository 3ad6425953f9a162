package io.srebench.task;

import io.srebench.common.BadInputException;
import io.srebench.common.Text;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.srebench.common.JsonMappers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a small YAML or JSON file into a Jackson tree, turning every way it can be wrong (missing,
 * a directory, empty, not parseable) into one-line {@link BadInputException}s that name the file and,
 * for syntax errors, the line and column. YAML is a superset of JSON, so {@link #readYaml} reads both.
 *
 * <p>Limits: the whole file is read into memory (ground truths and submissions are kilobytes); a YAML
 * stream with several documents yields only the first.
 */
public final class DataFiles {
    private static final ObjectMapper YAML = JsonMappers.yaml();
    private static final ObjectMapper JSON = JsonMappers.json();
    private static final Pattern YAML_POSITION = Pattern.compile("^\\s*in '[^']*', line (\\d+), column (\\d+)");

    private DataFiles() {
    }

    /** Parses a YAML (or JSON) file. */
    public static JsonNode readYaml(Path file) {
        return read(file, YAML);
    }

    /** Parses a JSON file strictly (a YAML-only file is reported as malformed JSON). */
    public static JsonNode readJson(Path file) {
        return read(file, JSON);
    }

    private static JsonNode read(Path file, ObjectMapper mapper) {
        String text = readText(file);
        if (text.isBlank()) {
            throw new BadInputException(file + ": file is empty");
        }
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            if (mapper == JSON) {
                throw new BadInputException(file + ": " + where(e) + "malformed JSON: "
                    + Text.strippedFirstLine(e.getOriginalMessage()), e);
            }
            throw new BadInputException(file + ": " + yamlProblem(e), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new BadInputException(file + ": file has no content");
        }
        return root;
    }

    /** Largest input file read whole (a submission, a ground truth, a task file). */
    public static final int MAX_BYTES = 64 * 1024 * 1024;

    /**
     * The file's text (UTF-8), or a one-line error for a missing, unreadable or directory path, for anything
     * but a regular file (a device such as /dev/zero, a FIFO that would block, a socket), and for a file larger
     * than {@link #MAX_BYTES}. The read is bounded: a file that grows while it is read cannot exhaust memory.
     */
    public static String readText(Path file) {
        if (Files.isDirectory(file)) {
            throw new BadInputException(file + ": is a directory, expected a file");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new BadInputException(file + ": not a regular file (a device, FIFO or socket); expected a file");
        }
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] b = in.readNBytes(MAX_BYTES + 1);
            if (b.length > MAX_BYTES) {
                throw new BadInputException(file + ": larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
            }
            return new String(b, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": file not found", e);
        } catch (AccessDeniedException e) {
            throw new BadInputException(file + ": permission denied", e);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + Text.strippedFirstLine(String.valueOf(e.getMessage())), e);
        }
    }

    private static String where(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        if (loc == null || loc.getLineNr() <= 0) {
            return "";
        }
        return "line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ": ";
    }

    /**
     * SnakeYAML messages span several lines ("while parsing X / in 'reader', line L, column C / snippet /
     * expected Y, but found Z / in 'reader', ..."). Keep the last problem line and its position.
     */
    private static String yamlProblem(JsonProcessingException e) {
        String msg = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String problem = null;
        String position = null;
        for (String line : msg.split("\\R")) {
            Matcher m = YAML_POSITION.matcher(line);
            if (m.find()) {
                position = "line " + m.group(1) + ", column " + m.group(2) + ": ";
            } else if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                problem = line.strip();
            }
        }
        if (position == null) {
            position = where(e);
        }
        return position + "malformed YAML: " + (problem == null ? Text.strippedFirstLine(msg) : problem);
    }
}
