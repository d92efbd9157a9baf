package org.nestor.core.json;

/**
 * A parsed JSON value with the position it was read from. Values are immutable.
 */
public abstract sealed class JsonValue permits JsonObject, JsonArray, JsonString, JsonNumber, JsonBoolean, JsonNull {
    private final JsonPosition position;

    JsonValue(JsonPosition position) {
        this.position = position == null ? JsonPosition.NONE : position;
    }

    /** @return where the value starts in its source */
    public final JsonPosition position() {
        return position;
    }

    /** @return what kind of value this is */
    public abstract JsonKind kind();

    /** @return the value as compact JSON text */
    @Override
    public String toString() {
        return JsonWriter.compact(this);
    }
}
