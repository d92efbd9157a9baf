package org.nestor.core.json;

/**
 * A JSON number. Kea tells integers from floating point numbers ({@code 1} is not accepted where {@code 1.0} is
 * expected and the other way round), so the kind is kept.
 */
public final class JsonNumber extends JsonValue {
    private final long longValue;
    private final double doubleValue;
    private final boolean integer;

    private JsonNumber(long l, double d, boolean integer, JsonPosition position) {
        super(position);
        this.longValue = l;
        this.doubleValue = d;
        this.integer = integer;
    }

    /** @return an integer value */
    public static JsonNumber ofLong(long value, JsonPosition position) {
        return new JsonNumber(value, value, true, position);
    }

    /** @return a floating point value */
    public static JsonNumber ofDouble(double value, JsonPosition position) {
        return new JsonNumber((long) value, value, false, position);
    }

    /** @return whether the text was an integer */
    public boolean isInteger() {
        return integer;
    }

    /** @return the value as a long (truncated for floating point) */
    public long longValue() {
        return longValue;
    }

    /** @return the value as a double */
    public double doubleValue() {
        return doubleValue;
    }

    @Override
    public JsonKind kind() {
        return integer ? JsonKind.INTEGER : JsonKind.REAL;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonNumber n && n.integer == integer
                && (integer ? n.longValue == longValue : Double.compare(n.doubleValue, doubleValue) == 0);
    }

    @Override
    public int hashCode() {
        return integer ? Long.hashCode(longValue) : Double.hashCode(doubleValue);
    }
}
