package org.nestor.core.control;

import java.util.ArrayList;
import java.util.List;
import org.nestor.core.json.JsonMember;
import org.nestor.core.json.JsonNumber;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonPosition;
import org.nestor.core.json.JsonString;
import org.nestor.core.json.JsonValue;

/**
 * Kea's answer codes ({@code CONTROL_RESULT_*}) and the answer object {@code {"arguments", "result", "text"}},
 * members in that order as Kea prints them.
 */
public final class ControlResult {
    /** The command succeeded. */
    public static final int SUCCESS = 0;
    /** The command failed. */
    public static final int ERROR = 1;
    /** No handler for the command. */
    public static final int UNSUPPORTED = 2;
    /** Processed, but nothing was found or affected. */
    public static final int EMPTY = 3;
    /** The command conflicts with the server's state or configuration. */
    public static final int CONFLICT = 4;

    private ControlResult() {
    }

    /** @return {@code {"result": code, "text": text}} */
    public static JsonObject answer(int code, String text) {
        return answer(code, text, null);
    }

    /**
     * @param text null for none
     * @param arguments null for none
     * @return Kea's answer object
     */
    public static JsonObject answer(int code, String text, JsonValue arguments) {
        List<JsonMember> members = new ArrayList<>(3);
        if (arguments != null) {
            members.add(new JsonMember("arguments", JsonPosition.NONE, arguments));
        }
        members.add(new JsonMember("result", JsonPosition.NONE, JsonNumber.ofLong(code, JsonPosition.NONE)));
        if (text != null) {
            members.add(new JsonMember("text", JsonPosition.NONE, new JsonString(text, JsonPosition.NONE)));
        }
        return new JsonObject(members, JsonPosition.NONE, JsonPosition.NONE);
    }

    /** @return a success answer carrying only {@code arguments} */
    public static JsonObject success(JsonValue arguments) {
        return answer(SUCCESS, null, arguments);
    }

    /** @return a success answer carrying only {@code text} */
    public static JsonObject success(String text) {
        return answer(SUCCESS, text, null);
    }

    /** @return the answer's result code, or -1 when it has none */
    public static int code(JsonObject answer) {
        return answer.get("result") instanceof JsonNumber n ? (int) n.longValue() : -1;
    }

    /** @return the answer's text, or null */
    public static String text(JsonObject answer) {
        return answer.get("text") instanceof JsonString s ? s.value() : null;
    }
}
