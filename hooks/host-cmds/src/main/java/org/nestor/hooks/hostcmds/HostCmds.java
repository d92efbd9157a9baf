package org.nestor.hooks.hostcmds;

import org.nestor.hooks.api.config.CommandTable;

/** The commands of Kea's {@code libdhcp_host_cmds} over a {@link HostSource}. */
public final class HostCmds extends CommandTable {
    /** The Kea name of the library these commands belong to. */
    public static final String LIBRARY = "libdhcp_host_cmds";

    public HostCmds(HostSource source) {
        new HostQueries(source).addTo(this);
        new HostChanges(source).addTo(this);
    }
}
