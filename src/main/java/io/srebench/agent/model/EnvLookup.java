package io.srebench.agent.model;

/** Reads environment variables; tests substitute their own. Production code uses {@link #SYSTEM}. */
@FunctionalInterface
public interface EnvLookup {
    EnvLookup SYSTEM = System::getenv;

    /** The variable's value, or null when unset. */
    String get(String name);
}
