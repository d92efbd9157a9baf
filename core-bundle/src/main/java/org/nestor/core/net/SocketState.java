package org.nestor.core.net;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of the service sockets as Kea's {@code status-get} reports it under {@code sockets}.
 *
 * @param status {@code ready}, {@code retrying} or {@code failed}
 * @param errors one message per socket that could not be opened (empty when ready)
 */
public record SocketState(String status, List<String> errors) {
    public static final String READY = "ready";
    public static final String RETRYING = "retrying";
    public static final String FAILED = "failed";

    public SocketState {
        errors = List.copyOf(errors);
    }

    /** @return Kea's shape: {@code {"status": "ready"}} or with {@code "errors": [...]} */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("status", status);
        if (!errors.isEmpty()) {
            map.put("errors", errors);
        }
        return map;
    }
}
