package io.srebench.store;

import io.srebench.common.BadInputException;

/** The store file cannot be used: newer schema, corrupt, or not a database. One line for the user. */
public class StoreException extends BadInputException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
