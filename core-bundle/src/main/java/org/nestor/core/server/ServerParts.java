package org.nestor.core.server;

/**
 * The implementations the server is built from.
 *
 * @param configLoader reads configuration files
 * @param leaseStores opens lease stores
 * @param engines builds packet engines
 */
public record ServerParts(ConfigLoader configLoader, LeaseStoreFactory leaseStores, EngineFactory engines) {
}
