package org.nestor.core.net;

/**
 * The transport could not be set up as configured (unknown interface, no usable socket). Its message is written for
 * the operator, in Kea's words, and is logged without a stack trace.
 */
public final class TransportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TransportException(String message) {
        super(message);
    }
}
