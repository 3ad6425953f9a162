package io.srebench.cli;

import io.srebench.sandbox.SandboxFactory;
import picocli.CommandLine.Option;

/** {@code --unsafe-no-sandbox}: the explicit opt-in to running agent commands without bubblewrap. */
public final class UnsafeSandboxOption {
    @Option(names = "--unsafe-no-sandbox", description = "Run agent commands as plain processes, without bubblewrap. "
            + "They can read your files (ground truth, API keys in /proc/<pid>/environ), reach loopback services, "
            + "kill your processes and fork without bound. Refused as root.")
    private boolean unsafe;

    /** Applies this command line's choice (also withdrawing an earlier one in the same JVM). */
    void apply() {
        SandboxFactory.allowUnsafeProcessMode(unsafe);
    }
}
