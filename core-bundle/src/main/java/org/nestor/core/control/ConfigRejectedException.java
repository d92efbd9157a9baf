package org.nestor.core.control;

/** A configuration the server refused; nothing was changed. The message says why, with the position. */
public final class ConfigRejectedException extends Exception {
    private static final long serialVersionUID = 1L;

    public ConfigRejectedException(String message) {
        super(message);
    }
}
