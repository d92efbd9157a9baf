package org.nestor.core.server;

import org.nestor.core.config.Dhcp4Config;
import org.nestor.core.net.DatagramHandler;
import org.nestor.hooks.api.lease.LeaseStore4;

/**
 * Builds the packet engine for one configuration. If the engine is {@link AutoCloseable} the server closes it when
 * a reconfiguration replaces it or the server stops.
 */
@FunctionalInterface
public interface EngineFactory {
    DatagramHandler create(Dhcp4Config config, LeaseStore4 store, ServerContext context);
}
