package org.nestor.core.config;

import org.nestor.core.json.JsonPosition;

/**
 * A configuration Kea would refuse. The message is Kea-like: {@code file:line.col: message}, with Kea's wording.
 */
public final class ConfigException extends Exception {
    private final transient JsonPosition position;
    private final String reason;

    public ConfigException(JsonPosition position, String reason) {
        super(position == null || position.line() == 0 ? reason : position + ": " + reason);
        this.position = position;
        this.reason = reason;
    }

    /** @return where the problem is, or null / {@link JsonPosition#NONE} when it has no place in the text */
    public JsonPosition position() {
        return position;
    }

    /** @return the message without the position */
    public String reason() {
        return reason;
    }
}
