package org.nestor.core.json;

/** Text that is not valid JSON (in Kea's dialect), or an include that cannot be read; the message starts with the position. */
public final class JsonException extends Exception {
    private final transient JsonPosition position;
    private final String reason;

    public JsonException(JsonPosition position, String reason) {
        super(position + ": " + reason);
        this.position = position;
        this.reason = reason;
    }

    /** @return where the problem is */
    public JsonPosition position() {
        return position;
    }

    /** @return the message without the position */
    public String reason() {
        return reason;
    }
}
