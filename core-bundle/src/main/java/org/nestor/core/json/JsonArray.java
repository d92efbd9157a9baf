package org.nestor.core.json;

import java.util.List;

/** A JSON array. */
public final class JsonArray extends JsonValue {
    private final List<JsonValue> items;

    public JsonArray(List<JsonValue> items, JsonPosition position) {
        super(position);
        this.items = List.copyOf(items);
    }

    /** @return the items, in order */
    public List<JsonValue> items() {
        return items;
    }

    /** @return the number of items */
    public int size() {
        return items.size();
    }

    /** @return item {@code i} */
    public JsonValue get(int i) {
        return items.get(i);
    }

    @Override
    public JsonKind kind() {
        return JsonKind.ARRAY;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonArray a && a.items.equals(items);
    }

    @Override
    public int hashCode() {
        return items.hashCode();
    }
}
