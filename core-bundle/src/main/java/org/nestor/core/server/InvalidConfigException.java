package org.nestor.core.server;

/** A configuration file that cannot be used; the message is Kea-like ({@code file:line.col: what}). */
public final class InvalidConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidConfigException(String message) {
        super(message);
    }

    public InvalidConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
