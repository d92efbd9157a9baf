package org.nestor.core.server;

import java.nio.file.Path;

/**
 * How one server instance runs.
 *
 * @param configFile the Kea configuration file
 * @param ports the ports
 * @param stateDirectory where the default lease file lives
 * @param pidDirectory where the pid file goes, null for none
 */
public record ServerSettings(Path configFile, ServerPorts ports, Path stateDirectory, Path pidDirectory) {
}
