package org.nestor.core.json;

/** A JSON {@code null}. */
public final class JsonNull extends JsonValue {
    public JsonNull(JsonPosition position) {
        super(position);
    }

    @Override
    public JsonKind kind() {
        return JsonKind.NULL;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonNull;
    }

    @Override
    public int hashCode() {
        return 0;
    }
}
