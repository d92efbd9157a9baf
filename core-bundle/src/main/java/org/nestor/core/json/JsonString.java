package org.nestor.core.json;

/** A JSON string. */
public final class JsonString extends JsonValue {
    private final String value;

    public JsonString(String value, JsonPosition position) {
        super(position);
        this.value = value;
    }

    /** @return the unescaped text */
    public String value() {
        return value;
    }

    @Override
    public JsonKind kind() {
        return JsonKind.STRING;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonString s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
