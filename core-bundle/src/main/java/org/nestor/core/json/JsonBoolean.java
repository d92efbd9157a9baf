package org.nestor.core.json;

/** A JSON {@code true} or {@code false}. */
public final class JsonBoolean extends JsonValue {
    private final boolean value;

    public JsonBoolean(boolean value, JsonPosition position) {
        super(position);
        this.value = value;
    }

    /** @return the value */
    public boolean value() {
        return value;
    }

    @Override
    public JsonKind kind() {
        return JsonKind.BOOLEAN;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonBoolean b && b.value == value;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(value);
    }
}
