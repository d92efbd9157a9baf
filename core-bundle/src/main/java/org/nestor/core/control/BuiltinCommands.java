package org.nestor.core.control;

/** Registers the core's built-in commands (Kea 2.2's set plus config-hash-get) with a dispatcher. */
public final class BuiltinCommands {
    private BuiltinCommands() {
    }

    /**
     * @param dispatcher where the handlers go
     * @param server what they drive
     * @param serviceState the DHCP service's enabled state, shared with HA and other disablers
     * @param versions what version-get and build-report print
     */
    public static void register(CommandDispatcher dispatcher, ServerControl server, DhcpServiceState serviceState,
                                VersionTexts versions) {
        new ConfigCommands(server).registerWith(dispatcher);
        new ServiceCommands(server, serviceState, versions).registerWith(dispatcher);
        new StatisticCommands(server.stats()).registerWith(dispatcher);
    }
}
