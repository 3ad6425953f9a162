package io.srebench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code srebench version}: the application version and the runtime it runs on. */
@Command(name = "version", description = "Print the srebench version.")
public final class VersionCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println("srebench " + version());
        spec.commandLine().getOut().println("java " + System.getProperty("java.version")
                + " (" + System.getProperty("java.vendor") + ")");
        return 0;
    }

    /** The version from the jar manifest, or "dev" when running from classes. */
    public static String version() {
        String v = VersionCommand.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** Supplies {@code --version}. */
    public static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"srebench " + version()};
        }
    }
}
