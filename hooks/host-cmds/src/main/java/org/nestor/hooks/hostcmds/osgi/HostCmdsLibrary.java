package org.nestor.hooks.hostcmds.osgi;

import org.nestor.hooks.api.HookLibrary;
import org.nestor.hooks.api.config.CommandLibrary;
import org.nestor.hooks.hostcmds.HostCmds;
import org.osgi.service.component.annotations.Component;

/** {@code libdhcp_host_cmds} for a {@code hooks-libraries} entry; the commands come with the bundle. */
@Component(service = HookLibrary.class)
public final class HostCmdsLibrary extends CommandLibrary {
    public HostCmdsLibrary() {
        super(HostCmds.LIBRARY);
    }
}
