package org.nestor.hooks.subnetcmds;

import java.util.List;
import java.util.Map;

/** Reading Kea answers in the tests. */
final class AnswerReading {
    private AnswerReading() {
    }

    static long result(Map<String, Object> answer) {
        return (Long) answer.get("result");
    }

    /** @return the list {@code key} of the answer's arguments */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> listed(Map<String, Object> answer, String key) {
        return (List<Map<String, Object>>) ((Map<String, Object>) answer.get("arguments")).get(key);
    }
}
