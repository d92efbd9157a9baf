package org.nestor.core.server;

/** The server could not start; the message says why in Kea's words and has been logged already. */
public final class ServerStartException extends Exception {
    private static final long serialVersionUID = 1L;

    public ServerStartException(String message) {
        super(message);
    }
}
