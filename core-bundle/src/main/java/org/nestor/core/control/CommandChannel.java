package org.nestor.core.control;

import org.nestor.core.json.JsonObject;

/**
 * Executes Kea control commands: what every transport (UNIX control socket, HTTP, the Karaf console) hands its
 * requests to. Never throws: a malformed or failing command is an answer with result 1 (or 2 for an unknown
 * command), as Kea answers.
 */
public interface CommandChannel {
    /**
     * @param request the command as received: {@code {"command": "...", "arguments": {...}, "service": [...]}}
     * @return the answer: {@code {"result": N, "text": "...", "arguments": ...}}
     */
    JsonObject execute(JsonObject request);
}
