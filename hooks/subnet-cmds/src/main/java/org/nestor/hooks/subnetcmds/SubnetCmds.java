package org.nestor.hooks.subnetcmds;

import org.nestor.hooks.api.config.CommandTable;
import org.nestor.hooks.api.config.ServerConfiguration4;

/** The commands of Kea's {@code libdhcp_subnet_cmds} over the running DHCPv4 server's configuration. */
public final class SubnetCmds extends CommandTable {
    /** The Kea name of the library these commands belong to. */
    public static final String LIBRARY = "libdhcp_subnet_cmds";

    /** @param configuration the running DHCPv4 server's configuration */
    public SubnetCmds(ServerConfiguration4 configuration) {
        new SubnetCommands(configuration, Family.V4).addTo(this);
        new NetworkCommands(configuration, Family.V4).addTo(this);
    }
}
