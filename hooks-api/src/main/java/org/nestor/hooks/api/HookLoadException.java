package org.nestor.hooks.api;

/** A {@link HookLibrary} refused to load; the message says why, in words an operator can act on. */
public class HookLoadException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message why the library cannot load */
    public HookLoadException(String message) {
        super(message);
    }

    /** @param message why the library cannot load @param cause the underlying failure */
    public HookLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
