package org.nestor.hooks.api.lease;

/** A lease store could not carry out an operation; the message says why in words an operator can act on. */
public class LeaseStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong */
    public LeaseStoreException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong
     * @param cause the underlying failure
     */
    public LeaseStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
