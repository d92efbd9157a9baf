package org.nestor.core.server;

import java.nio.file.Path;
import org.nestor.core.config.Dhcp4Config;

/** Reads and validates a Kea configuration file's {@code Dhcp4} section. */
@FunctionalInterface
public interface ConfigLoader {
    /**
     * @throws InvalidConfigException when the file is unreadable or invalid, with Kea's kind of message
     */
    Dhcp4Config load(Path file) throws InvalidConfigException;
}
