package org.nestor.hooks.hostcmds.osgi;

import java.util.Map;
import java.util.Set;
import org.nestor.hooks.api.CommandHandler;
import org.nestor.hooks.api.config.ServerConfiguration4;
import org.nestor.hooks.hostcmds.ConfigHostSource;
import org.nestor.hooks.hostcmds.HostCmds;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Publishes the reservation commands over the configuration's hosts while the DHCPv4 server runs (its
 * {@link ServerConfiguration4} is there).
 */
@Component(service = CommandHandler.class)
public final class HostCmdsComponent implements CommandHandler {
    @Reference
    ServerConfiguration4 configuration;

    private HostCmds commands;

    @Activate
    void activate() {
        commands = new HostCmds(new ConfigHostSource(configuration));
    }

    @Override
    public Set<String> commands() {
        return commands.commands();
    }

    @Override
    public Map<String, Object> handle(String command, Map<String, Object> arguments) {
        return commands.handle(command, arguments);
    }
}
