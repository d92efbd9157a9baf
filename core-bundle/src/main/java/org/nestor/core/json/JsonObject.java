package org.nestor.core.json;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON object. Members keep their order and, when a key is repeated, every occurrence (Kea refuses repeated keys
 * in its configuration maps, so the validator needs to see them); {@link #get} returns the last one, as a generic
 * JSON reader would.
 */
public final class JsonObject extends JsonValue {
    private static final int INDEX_THRESHOLD = 12;

    private final List<JsonMember> members;
    private final JsonPosition end;
    private final Map<String, JsonMember> index;

    public JsonObject(List<JsonMember> members, JsonPosition position, JsonPosition end) {
        super(position);
        this.members = List.copyOf(members);
        this.end = end == null ? JsonPosition.NONE : end;
        this.index = this.members.size() > INDEX_THRESHOLD ? buildIndex(this.members) : null;
    }

    private static Map<String, JsonMember> buildIndex(List<JsonMember> members) {
        Map<String, JsonMember> map = new HashMap<>(members.size() * 2);
        for (JsonMember m : members) map.put(m.key(), m);
        return map;
    }

    /** @return the members in source order, repeated keys included */
    public List<JsonMember> members() {
        return members;
    }

    /** @return where the closing brace is */
    public JsonPosition end() {
        return end;
    }

    /** @return the member named {@code key} (the last one if repeated), or null */
    public JsonMember member(String key) {
        if (index != null) return index.get(key);
        for (int i = members.size() - 1; i >= 0; i--) {
            JsonMember m = members.get(i);
            if (m.key().equals(key)) return m;
        }
        return null;
    }

    /** @return the value of {@code key}, or null when absent */
    public JsonValue get(String key) {
        JsonMember m = member(key);
        return m == null ? null : m.value();
    }

    /** @return whether {@code key} is present */
    public boolean has(String key) {
        return member(key) != null;
    }

    /** @return the number of members */
    public int size() {
        return members.size();
    }

    @Override
    public JsonKind kind() {
        return JsonKind.OBJECT;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof JsonObject other) || other.members.size() != members.size()) return false;
        for (JsonMember m : members) {
            JsonValue v = other.get(m.key());
            if (v == null || !v.equals(get(m.key()))) return false;
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (JsonMember m : members) h += m.key().hashCode() ^ m.value().hashCode();
        return h;
    }
}
