package org.nestor.core.server;

import java.nio.file.Path;
import java.time.Clock;
import org.nestor.core.stats.StatsManager;

/**
 * What lives as long as the server instance, across reconfigurations.
 *
 * @param stats the statistics
 * @param clock the time source
 * @param ports the ports
 * @param stateDirectory the instance's state directory (default lease file, pid file)
 */
public record ServerContext(StatsManager stats, Clock clock, ServerPorts ports, Path stateDirectory) {
}
