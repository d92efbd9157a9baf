package org.nestor.core.control.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nestor.core.control.ControlResult;
import org.nestor.core.json.JsonArray;
import org.nestor.core.json.JsonMember;
import org.nestor.core.json.JsonNumber;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonPosition;
import org.nestor.core.json.JsonString;
import org.nestor.core.json.JsonValue;

/** Builds Kea's answer shapes ({@code {"result", "text", "arguments"}}) and the small JSON values around them. */
public final class ControlAnswers {
    /** Kea's CONTROL_RESULT_SUCCESS. */
    public static final int SUCCESS = ControlResult.SUCCESS;
    /** Kea's CONTROL_RESULT_ERROR. */
    public static final int ERROR = ControlResult.ERROR;
    /** Kea's CONTROL_RESULT_COMMAND_UNSUPPORTED. */
    public static final int UNSUPPORTED = ControlResult.UNSUPPORTED;

    private ControlAnswers() {
    }

    /** @return {@code {"result": result, "text": text}}, as {@link ControlResult#answer(int, String)} */
    public static JsonObject answer(int result, String text) {
        return ControlResult.answer(result, text);
    }

    /** @return Kea's answer object, as {@link ControlResult#answer(int, String, JsonValue)} */
    public static JsonObject answer(int result, String text, JsonValue arguments) {
        return ControlResult.answer(result, text, arguments);
    }

    /** @return an object with the members in the map's order */
    public static JsonObject object(Map<String, ? extends JsonValue> members) {
        List<JsonMember> list = new ArrayList<>();
        members.forEach((k, v) -> list.add(new JsonMember(k, JsonPosition.NONE, v)));
        return new JsonObject(list, JsonPosition.NONE, JsonPosition.NONE);
    }

    /** @return an array of the values */
    public static JsonArray list(List<? extends JsonValue> items) {
        return new JsonArray(List.copyOf(items), JsonPosition.NONE);
    }

    /** @return an array of strings */
    public static JsonArray strings(List<String> items) {
        return list(items.stream().map(ControlAnswers::string).toList());
    }

    /** @return a string value */
    public static JsonString string(String s) {
        return new JsonString(s, JsonPosition.NONE);
    }

    /** @return an integer value */
    public static JsonNumber number(long n) {
        return JsonNumber.ofLong(n, JsonPosition.NONE);
    }

    /** @return the string member {@code key}, or null when absent or not a string */
    public static String stringMember(JsonObject o, String key) {
        return o.get(key) instanceof JsonString s ? s.value() : null;
    }
}
