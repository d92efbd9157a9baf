package org.nestor.core.server;

import java.nio.file.Path;
import org.nestor.core.config.Dhcp4Config;
import org.nestor.core.json.JsonObject;

/** Reads and validates a Kea configuration file's {@code Dhcp4} section. */
public interface ConfigLoader {
    /**
     * @throws InvalidConfigException when the file is unreadable or invalid, with Kea's kind of message
     */
    Dhcp4Config load(Path file) throws InvalidConfigException;

    /**
     * Validates a configuration given as a tree ({@code {"Dhcp4": {...}}}), as config-set and config-test do.
     *
     * @throws InvalidConfigException when it is invalid: Kea's reason followed by the position in parentheses
     */
    default Dhcp4Config load(JsonObject root) throws InvalidConfigException {
        throw new InvalidConfigException("this server cannot read a configuration from a command");
    }
}
