package io.srebench.cli;

import io.srebench.agent.model.EndpointKind;
import io.srebench.common.BadInputException;
import io.srebench.score.ScoreVariant;
import io.srebench.trajectory.RunStatus;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * Converters for options whose values are a closed set: each is parsed once, when the command line is read. A bad value
 * throws {@link BadInputException} naming the valid ones; {@link SrebenchCommand} prints that line and exits 2.
 */
final class OptionTypes {
    private OptionTypes() {
    }

    /** Registers the converters for types that mean the same on every command ({@code --variant}). */
    static void register(CommandLine cl) {
        cl.registerConverter(ScoreVariant.class, ScoreVariant::parse);
    }

    /** What {@code srebench export --format} writes. */
    enum ExportFormat {
        /** srebench trajectory JSONL, which {@code import} reads back exactly. */
        JSONL,
        /** One row per run with the {@code list --json} fields. */
        CSV;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** {@code --format jsonl|csv} (any case). */
    static final class Format implements CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            for (ExportFormat f : ExportFormat.values()) {
                if (f.id().equalsIgnoreCase(value)) {
                    return f;
                }
            }
            throw new BadInputException("--format: unknown format \"" + value + "\" (" + Arrays.stream(ExportFormat.values())
                    .map(ExportFormat::id).collect(Collectors.joining(" or ")) + ")");
        }
    }

    /** {@code --status queued|running|done|errored|interrupted} (any case). */
    static final class Status implements CommandLine.ITypeConverter<RunStatus> {
        @Override
        public RunStatus convert(String value) {
            try {
                return RunStatus.parse(value);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--status: unknown status \"" + value + "\" (" + Arrays.stream(RunStatus.values())
                        .map(RunStatus::label).collect(Collectors.joining(", ")) + ")");
            }
        }
    }

    /** {@code --provider openai|anthropic|openai-compatible} (any case). */
    static final class Provider implements CommandLine.ITypeConverter<EndpointKind> {
        @Override
        public EndpointKind convert(String value) {
            try {
                return EndpointKind.of(value);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--provider: " + e.getMessage());
            }
        }
    }
}
