package org.nestor.hooks.api.config;

import java.util.Map;
import org.nestor.hooks.api.HookLibrary;

/**
 * The {@link HookLibrary} of a command bundle that takes no parameters and holds no state (Kea's subnet and host
 * commands): it only lets a {@code hooks-libraries} entry naming the library resolve, while the commands come with
 * the bundle.
 */
public class CommandLibrary implements HookLibrary {
    private final String name;

    /** @param name the library's Kea name, for example {@code libdhcp_subnet_cmds} */
    public CommandLibrary(String name) {
        this.name = name;
    }

    @Override
    public final String name() {
        return name;
    }

    /** Accepts any parameters: Kea's command libraries take none and ignore what they are given. */
    @Override
    public final void load(Map<String, Object> parameters) {
        // nothing to set up
    }

    @Override
    public final void unload() {
        // nothing was taken
    }

    @Override
    public final boolean multiThreadingCompatible() {
        return true;
    }
}
