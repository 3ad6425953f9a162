package io.srebench.run;

import java.util.Locale;

/**
 * The SRE taxonomy for annotating a run's scoring: why a submitted entity was a false positive, or
 * why a root cause was missed.
 */
public enum AnnotationLabel {
    CO_OCCURRING_SYMPTOM(Target.FALSE_POSITIVE, "co-occurring symptom"),
    UPSTREAM_INJECTION_MECHANISM(Target.FALSE_POSITIVE, "upstream fault-injection mechanism"),
    WRONG_GRANULARITY(Target.FALSE_POSITIVE, "wrong granularity (Pod vs Deployment vs Service)"),
    WRONG_NAMESPACE(Target.FALSE_POSITIVE, "wrong namespace"),
    UNRELATED(Target.FALSE_POSITIVE, "unrelated"),
    GROUND_TRUTH_DISPUTE(Target.FALSE_POSITIVE, "ground-truth dispute"),
    NEVER_LOOKED_AT(Target.MISSED, "never looked at"),
    LOOKED_AT_AND_DISMISSED(Target.MISSED, "looked at and dismissed");

    /** What a label can be attached to. */
    public enum Target { FALSE_POSITIVE, MISSED }

    private final Target target;
    private final String text;

    AnnotationLabel(Target target, String text) {
        this.target = target;
        this.text = text;
    }

    public Target target() {
        return target;
    }

    /** Human text for menus and reports. */
    public String text() {
        return text;
    }

    /** kebab-case id used in files and the CLI, e.g. {@code co-occurring-symptom}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static AnnotationLabel parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
