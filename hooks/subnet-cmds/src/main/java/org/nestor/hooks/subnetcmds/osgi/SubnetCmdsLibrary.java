package org.nestor.hooks.subnetcmds.osgi;

import org.nestor.hooks.api.HookLibrary;
import org.nestor.hooks.api.config.CommandLibrary;
import org.nestor.hooks.subnetcmds.SubnetCmds;
import org.osgi.service.component.annotations.Component;

/** {@code libdhcp_subnet_cmds} for a {@code hooks-libraries} entry; the commands come with the bundle. */
@Component(service = HookLibrary.class)
public final class SubnetCmdsLibrary extends CommandLibrary {
    public SubnetCmdsLibrary() {
        super(SubnetCmds.LIBRARY);
    }
}
