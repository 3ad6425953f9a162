package io.srebench.cli;

import io.srebench.common.BadInputException;
import io.srebench.score.ScoreVariant;
import picocli.CommandLine;

/**
 * Converters for options whose values are a closed set: each is parsed once, when the command line is read, and a bad
 * value is one line naming the valid ones (picocli prefixes the option and the command exits 2).
 */
final class OptionTypes {
    private OptionTypes() {
    }

    /** Registers the converters on {@code cl} and all its subcommands. */
    static void register(CommandLine cl) {
        cl.registerConverter(ScoreVariant.class, s -> {
            try {
                return ScoreVariant.parse(s);
            } catch (BadInputException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        });
    }
}
