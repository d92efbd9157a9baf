package org.nestor.core.agent;

import java.nio.file.Path;
import java.util.Map;
import org.nestor.core.control.http.HttpControlSettings;
import org.nestor.core.json.JsonObject;

/**
 * A parsed {@code Control-agent} section.
 *
 * @param http where and how the agent listens
 * @param controlSockets service name ({@code dhcp4}, {@code dhcp6}, {@code d2}) to the daemon's UNIX socket path
 * @param section the section as written, for {@code config-get} and {@code config-write}
 * @param file the file it came from (config-reload re-reads it; config-write's default target)
 */
public record AgentConfig(HttpControlSettings http, Map<String, Path> controlSockets, JsonObject section,
        Path file) {
    public AgentConfig {
        controlSockets = Map.copyOf(controlSockets);
    }
}
