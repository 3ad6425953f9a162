package io.srebench.task;

import io.srebench.common.BadInputException;

/**
 * A kind srebench does not know ({@link Kinds}). The message is {@code unknown kind "Foo"}; callers that
 * know the file and field wrap or prefix it (see {@link #at(String)}).
 */
public class UnknownKindException extends BadInputException {
    private static final long serialVersionUID = 1L;

    private final String kind;

    public UnknownKindException(String kind) {
        this(kind, null);
    }

    private UnknownKindException(String kind, String where) {
        super((where == null ? "" : where + ": ") + "unknown kind \"" + kind + "\"");
        this.kind = kind;
    }

    /** The spelling that was not recognised (may be null). */
    public String kind() {
        return kind;
    }

    /** The same error located at {@code where}, e.g. {@code truth.yaml: spec.entities[1].kind}. */
    public UnknownKindException at(String where) {
        return new UnknownKindException(kind, where);
    }
}
