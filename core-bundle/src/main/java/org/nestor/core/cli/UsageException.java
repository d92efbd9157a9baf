package org.nestor.core.cli;

/** A command line Kea would reject; the message (possibly empty) is printed before the usage text. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
