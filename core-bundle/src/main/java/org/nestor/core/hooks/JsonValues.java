package org.nestor.core.hooks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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

/**
 * Converts between the core's JSON tree and the plain Java values of the hooks API (maps, lists, String, Long,
 * Double, Boolean, null), for library parameters and command handlers.
 */
public final class JsonValues {
    private JsonValues() {
    }

    /** @return {@code object} as a map in member order; empty for null */
    public static Map<String, Object> toMap(JsonObject object) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (object != null) {
            object.members().forEach(m -> map.put(m.key(), toJava(m.value())));
        }
        return map;
    }

    /** @return {@code value} as plain Java */
    public static Object toJava(JsonValue value) {
        if (value instanceof JsonObject o) {
            return toMap(o);
        }
        if (value instanceof JsonArray a) {
            List<Object> list = new ArrayList<>();
            a.items().forEach(i -> list.add(toJava(i)));
            return list;
        }
        if (value instanceof JsonString s) {
            return s.value();
        }
        if (value instanceof JsonNumber n) {
            return n.isInteger() ? (Object) n.longValue() : (Object) n.doubleValue();
        }
        if (value instanceof JsonBoolean b) {
            return b.value();
        }
        return null;
    }

    /**
     * @return {@code value} as JSON
     * @throws IllegalArgumentException for a value that is not one of the API's JSON shapes
     */
    public static JsonValue toJson(Object value) {
        JsonPosition at = JsonPosition.NONE;
        if (value == null) {
            return new JsonNull(at);
        }
        if (value instanceof Map<?, ?> map) {
            List<JsonMember> members = new ArrayList<>();
            map.forEach((k, v) -> members.add(new JsonMember(String.valueOf(k), at, toJson(v))));
            return new JsonObject(members, at, at);
        }
        if (value instanceof List<?> list) {
            return new JsonArray(list.stream().map(JsonValues::toJson).toList(), at);
        }
        if (value instanceof String s) {
            return new JsonString(s, at);
        }
        if (value instanceof Boolean b) {
            return new JsonBoolean(b, at);
        }
        if (value instanceof Double || value instanceof Float) {
            return JsonNumber.ofDouble(((Number) value).doubleValue(), at);
        }
        if (value instanceof Number n) {
            return JsonNumber.ofLong(n.longValue(), at);
        }
        throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }
}
