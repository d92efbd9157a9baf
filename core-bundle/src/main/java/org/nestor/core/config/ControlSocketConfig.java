package org.nestor.core.config;

import org.nestor.core.json.JsonObject;

/**
 * One control socket: Kea 2.2's {@code control-socket} map or one entry of Kea 3's {@code control-sockets} list.
 *
 * @param socketType {@code unix}, or (control-sockets only) {@code http} / {@code https}
 * @param socketName the socket path (unix), empty otherwise
 * @param entry the configuration map as written, with positions: the HTTP transport reads its address, port,
 *              authentication and TLS files from it
 */
public record ControlSocketConfig(String socketType, String socketName, JsonObject entry) {
    /** @return whether this is a UNIX socket (as opposed to http/https) */
    public boolean unix() {
        return "unix".equals(socketType);
    }
}
