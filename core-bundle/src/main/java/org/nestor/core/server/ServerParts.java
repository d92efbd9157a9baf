package org.nestor.core.server;

import java.util.Objects;

/**
 * The implementations the server is built from.
 *
 * @param configLoader reads configuration files
 * @param leaseStores opens lease stores
 * @param engines builds packet engines
 * @param hooks the server-level hook points ({@code dhcp4_srv_configured}, {@code command_processed})
 */
public record ServerParts(ConfigLoader configLoader, LeaseStoreFactory leaseStores, EngineFactory engines,
                          ServerHooks hooks) {
    public ServerParts {
        Objects.requireNonNull(hooks, "hooks");
    }

    /** Parts whose server calls no server-level hook point. */
    public ServerParts(ConfigLoader configLoader, LeaseStoreFactory leaseStores, EngineFactory engines) {
        this(configLoader, leaseStores, engines, ServerHooks.NONE);
    }
}
