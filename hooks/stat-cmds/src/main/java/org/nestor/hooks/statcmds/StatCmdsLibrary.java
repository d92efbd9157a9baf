package org.nestor.hooks.statcmds;

import java.util.Map;
import org.nestor.hooks.api.HookLibrary;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code libdhcp_stat_cmds} as a hook library, so that a Kea configuration naming it in {@code hooks-libraries}
 * loads; no parameters, no callouts; its command is served by {@link StatCmdsComponent} while the bundle runs.
 */
@Component(service = HookLibrary.class)
public final class StatCmdsLibrary implements HookLibrary {
    private static final Logger LOG = LoggerFactory.getLogger("kea-dhcp4.stat-cmds-hooks");

    @Override
    public String name() {
        return "libdhcp_stat_cmds";
    }

    @Override
    public void load(Map<String, Object> parameters) {
        LOG.info("STAT_CMDS_INIT_OK loading Stat Commands hooks library successful");
    }

    @Override
    public void unload() {
        LOG.info("STAT_CMDS_DEINIT_OK unloading Stat Commands hooks library successful");
    }

    @Override
    public boolean multiThreadingCompatible() {
        return true;
    }
}
