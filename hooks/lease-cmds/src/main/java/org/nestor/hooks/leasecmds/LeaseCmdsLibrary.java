package org.nestor.hooks.leasecmds;

import java.util.Map;
import org.nestor.hooks.api.HookLibrary;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code libdhcp_lease_cmds} as a hook library, so that a Kea configuration naming it in {@code hooks-libraries}
 * loads. It takes no parameters (as Kea's) and has no callouts; its commands are served by
 * {@link LeaseCmdsComponent} while the bundle runs.
 */
@Component(service = HookLibrary.class)
public final class LeaseCmdsLibrary implements HookLibrary {
    @Override
    public String name() {
        return "libdhcp_lease_cmds";
    }

    private static final Logger LOG = LoggerFactory.getLogger("kea-dhcp4.lease-cmds-hooks");

    @Override
    public void load(Map<String, Object> parameters) {
        LOG.info("LEASE_CMDS_INIT_OK loading Lease Commands hooks library successful");
    }

    @Override
    public void unload() {
        LOG.info("LEASE_CMDS_DEINIT_OK unloading Lease Commands hooks library successful");
    }

    @Override
    public boolean multiThreadingCompatible() {
        return true;
    }
}
