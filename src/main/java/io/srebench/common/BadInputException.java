package io.srebench.common;

/**
 * Input a user gave us is wrong: a malformed file, an unknown kind, a missing path.
 *
 * <p>The message is one line meant for the user, and names the file and, where known, the
 * line or field (for example {@code tasks/x/truth.yaml: spec.entities[2].kind: unknown kind "Foo"}).
 * The CLI prints it without a stack trace and exits with code 2; the studio shows it in a dialog.
 */
public class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
