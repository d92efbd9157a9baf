package org.nestor.core.hooks;

/** The {@code hooks-libraries} of a configuration cannot be honoured; the message is Kea's kind of message. */
public final class HookConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message what failed, for the operator */
    public HookConfigException(String message) {
        super(message);
    }
}
