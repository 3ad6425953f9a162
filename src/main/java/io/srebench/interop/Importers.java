package io.srebench.interop;

import com.fasterxml.jackson.databind.JsonNode;
import io.srebench.common.BadInputException;
import io.srebench.common.Text;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads other tools' run files as srebench runs. The format is told by {@link FormatDetector}, by positive evidence
 * only (required keys and versions per format; never the file name, never a fallback). Every failure is a
 * {@link BadInputException} with one line naming the file.
 */
public final class Importers {
    private Importers() {
    }

    /** The runs of one file, all parsed before anything is returned. */
    public record ImportResult(Path file, ImportFormat format, List<ImportedRun> runs) {
        public ImportResult {
            runs = List.copyOf(runs);
        }
    }

    /** The format of a file or directory. */
    public static ImportFormat detect(Path path) {
        return FormatDetector.detect(path).format();
    }

    /** Reads every run of a file (or ITBench directory); nothing is returned unless the whole input parsed. */
    public static ImportResult read(Path path) {
        FormatDetector.Detected s = FormatDetector.detect(path);
        try {
            List<ImportedRun> runs = switch (s.format()) {
                case SREBENCH -> s.jsonl() ? SrebenchImporter.readJsonl(path) : SrebenchImporter.readJson(path,
                        ImportJson.readTree(path));
                case STIRRUP -> StirrupImporter.read(path, ImportJson.readTree(path));
                case INSPECT_EVAL -> InspectImporter.readEval(path);
                case INSPECT_JSON -> InspectImporter.readJson(path);
                case ITBENCH -> Files.isDirectory(path) ? ItbenchImporter.readDirectory(path)
                        : List.of(ItbenchImporter.readFile(path, ImportJson.readTree(path), 0));
                case ATIF -> AtifImporter.read(path, ImportJson.readTree(path));
                case SWE_AGENT -> SweAgentImporter.read(path, ImportJson.readTree(path));
                case MINI_SWE_AGENT -> MiniSweAgentImporter.read(path, ImportJson.readTree(path));
                case CODEX_ROLLOUT -> CodexRolloutImporter.read(path);
                default -> throw new BadInputException(path + ": unsupported format " + s.format().id());
            };
            return new ImportResult(path, s.format(), runs);
        } catch (BadInputException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // a defensive net: the importers check shapes, but a source may still surprise them
            throw new BadInputException(path + ": internal error while reading " + s.format().id() + ": "
                    + e.getClass().getSimpleName() + ": " + Text.oneLine(e.getMessage()), e);
        }
    }

    /** Parses a whole JSON file (for callers that need the tree). */
    static JsonNode tree(Path path) {
        return ImportJson.readTree(path);
    }
}
