package org.nestor.hooks.hostcmds.osgi;

import java.util.Map;
import org.nestor.hooks.api.HookLibrary;
import org.nestor.hooks.hostcmds.HostCmds;
import org.osgi.service.component.annotations.Component;

/**
 * {@code libdhcp_host_cmds} for a {@code hooks-libraries} entry: it takes no parameters (as Kea's) and holds no
 * state; the commands come with the bundle ({@link HostCmdsComponent}).
 */
@Component(service = HookLibrary.class)
public final class HostCmdsLibrary implements HookLibrary {
    @Override
    public String name() {
        return HostCmds.LIBRARY;
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
