package org.nestor.core.server;

/**
 * The one place where the real configuration parser, lease store and engine are bound to the server, for the
 * command line and the OSGi component alike.
 */
public final class CoreServerParts {
    private CoreServerParts() {
    }

    /** @return the core's implementations */
    public static ServerParts create() {
        // INTEGRATION: bind the real classes here:
        //   configLoader: file -> { try { return new Dhcp4ConfigParser().parseFile(file); }
        //                          catch (ConfigException e) { throw new InvalidConfigException(e.getMessage(), e); } }
        //   leaseStores:  (config, ctx) -> a LeaseBackend over MemfileLeaseStore4 (opened from config.leaseDatabase(),
        //                 default file ctx.stateDirectory().resolve("kea-leases4.csv")) and LeaseReclaimer
        //   engines:      (config, store, ctx) -> new Dhcp4Engine(config, store, ctx.stats(), ctx.clock(),
        //                 ctx.ports().server(), ctx.ports().client())
        return new ServerParts(
                file -> {
                    throw new InvalidConfigException("the configuration parser is not bound in this build");
                },
                (config, context) -> {
                    throw new java.io.IOException("no lease store is bound in this build");
                },
                (config, store, context) -> {
                    throw new IllegalStateException("no DHCPv4 engine is bound in this build");
                });
    }
}
