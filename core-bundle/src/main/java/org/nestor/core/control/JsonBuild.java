package org.nestor.core.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nestor.core.json.JsonArray;
import org.nestor.core.json.JsonBoolean;
import org.nestor.core.json.JsonMember;
import org.nestor.core.json.JsonNull;
import org.nestor.core.json.JsonNumber;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonPosition;
import org.nestor.core.json.JsonString;
import org.nestor.core.json.JsonValue;

/** Builds JSON values for answers from plain Java values (maps keep their iteration order). */
public final class JsonBuild {
    private JsonBuild() {
    }

    /**
     * @param value a {@link JsonValue}, {@link Map} with string keys, {@link List}, {@link String}, integer
     *              {@link Number}, {@link Double}, {@link Boolean} or null
     * @return the JSON value
     */
    public static JsonValue of(Object value) {
        if (value instanceof JsonValue json) {
            return json;
        }
        if (value == null) {
            return new JsonNull(JsonPosition.NONE);
        }
        if (value instanceof String s) {
            return new JsonString(s, JsonPosition.NONE);
        }
        if (value instanceof Boolean b) {
            return new JsonBoolean(b, JsonPosition.NONE);
        }
        if (value instanceof Double || value instanceof Float) {
            return JsonNumber.ofDouble(((Number) value).doubleValue(), JsonPosition.NONE);
        }
        if (value instanceof Number n) {
            return JsonNumber.ofLong(n.longValue(), JsonPosition.NONE);
        }
        if (value instanceof Map<?, ?> map) {
            return object(map);
        }
        if (value instanceof List<?> list) {
            List<JsonValue> items = new ArrayList<>(list.size());
            list.forEach(item -> items.add(of(item)));
            return new JsonArray(items, JsonPosition.NONE);
        }
        throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
    }

    /** @return a JSON object with {@code map}'s entries in its iteration order */
    public static JsonObject object(Map<?, ?> map) {
        List<JsonMember> members = new ArrayList<>(map.size());
        map.forEach((k, v) -> members.add(new JsonMember((String) k, JsonPosition.NONE, of(v))));
        return new JsonObject(members, JsonPosition.NONE, JsonPosition.NONE);
    }
}
