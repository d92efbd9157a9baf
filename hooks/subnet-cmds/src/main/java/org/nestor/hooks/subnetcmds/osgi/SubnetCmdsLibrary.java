package org.nestor.hooks.subnetcmds.osgi;

import java.util.Map;
import org.nestor.hooks.api.HookLibrary;
import org.nestor.hooks.subnetcmds.SubnetCmds;
import org.osgi.service.component.annotations.Component;

/**
 * {@code libdhcp_subnet_cmds} for a {@code hooks-libraries} entry: it takes no parameters (as Kea's) and holds no
 * state; the commands come with the bundle ({@link SubnetCmdsComponent}).
 */
@Component(service = HookLibrary.class)
public final class SubnetCmdsLibrary implements HookLibrary {
    @Override
    public String name() {
        return SubnetCmds.LIBRARY;
    }

    @Override
    public void load(Map<String, Object> parameters) {
        // nothing to set up: the commands work on the configuration service
    }

    @Override
    public void unload() {
        // nothing was taken
    }

    @Override
    public boolean multiThreadingCompatible() {
        return true;
    }
}
