package io.srebench.run.archfixture;

import picocli.CommandLine;

/** Makes an import ADR 0001 forbids, so that ForbiddenImportsTest can show the rule failing on it. Never used. */
public final class RunUsesPicocli {
    private CommandLine forbidden;

    private RunUsesPicocli() {
    }

    CommandLine forbidden() {
        return forbidden;
    }
}
