package org.nestor.core.control.http;

import org.nestor.core.json.JsonValue;

/**
 * What the HTTP endpoint hands a well-formed JSON body to. The control agent answers with a list (one element per
 * service); a daemon's own HTTP socket wraps its single answer in a list too, as Kea 3 does for kea-shell.
 * Must not throw: failures are answers.
 */
@FunctionalInterface
public interface ControlResponder {
    /**
     * @param request the parsed body (usually an object; anything else gets Kea's error answer)
     * @param remote the client's address, for logs
     * @return the body of the 200 answer
     */
    JsonValue respond(JsonValue request, String remote);
}
