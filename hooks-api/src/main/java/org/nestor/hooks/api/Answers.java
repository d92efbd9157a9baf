package org.nestor.hooks.api;

import java.util.LinkedHashMap;
import java.util.Map;

/** Kea's control answers ({@code {"result": N, "text": "...", "arguments": ...}}) for {@link CommandHandler}s. */
public final class Answers {
    /** Success. */
    public static final int SUCCESS = 0;
    /** Failure. */
    public static final int ERROR = 1;
    /** Command not supported. */
    public static final int UNSUPPORTED = 2;
    /** Success, nothing found. */
    public static final int EMPTY = 3;
    /** Conflict. */
    public static final int CONFLICT = 4;

    private Answers() {
    }

    /** @return an answer with {@code result} and {@code text} */
    public static Map<String, Object> of(int result, String text) {
        return of(result, text, null);
    }

    /** @return an answer with {@code result}, {@code text} and, when not null, {@code arguments} */
    public static Map<String, Object> of(int result, String text, Object arguments) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("result", (long) result);
        answer.put("text", text);
        if (arguments != null) {
            answer.put("arguments", arguments);
        }
        return answer;
    }

    /** @return result 0 with {@code text} */
    public static Map<String, Object> success(String text) {
        return of(SUCCESS, text);
    }

    /** @return result 1 with {@code text} */
    public static Map<String, Object> error(String text) {
        return of(ERROR, text);
    }
}
