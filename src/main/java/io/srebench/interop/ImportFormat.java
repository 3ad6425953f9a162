package io.srebench.interop;

/** The file formats {@link Importers} reads. */
public enum ImportFormat {
    /** srebench's own trajectory: {@code srebench.trajectory/1} JSON, or JSONL with one or more runs. */
    SREBENCH("srebench"),
    /** A Stirrup (ArtificialAnalysis) message history serialised to JSON, v0.1 or v0.2 message shapes. */
    STIRRUP("stirrup"),
    /** An Inspect AI {@code .eval} log (ZIP; stored, DEFLATE or zstd entries). */
    INSPECT_EVAL("inspect-eval"),
    /** An Inspect AI {@code .json} log (the whole EvalLog in one document). */
    INSPECT_JSON("inspect-json"),
    /** ITBench agent output ({@code agent_output.json}, with the trace JSONL beside it when present). */
    ITBENCH("itbench"),
    /** A Harbor ATIF trajectory ({@code schema_version: ATIF-v1.x}). */
    ATIF("atif"),
    /** A SWE-agent {@code .traj} file ({@code trajectory}, {@code history}, {@code info}). */
    SWE_AGENT("swe-agent"),
    /** A mini-swe-agent 1.x trajectory ({@code trajectory_format: mini-swe-agent-1}). */
    MINI_SWE_AGENT("mini-swe-agent"),
    /** A Codex CLI rollout ({@code rollout-*.jsonl}: {@code {timestamp, type, payload}} lines). */
    CODEX_ROLLOUT("codex");

    private final String id;

    ImportFormat(String id) {
        this.id = id;
    }

    /** The name printed by the CLI and recorded in an imported run's config. */
    public String id() {
        return id;
    }
}
