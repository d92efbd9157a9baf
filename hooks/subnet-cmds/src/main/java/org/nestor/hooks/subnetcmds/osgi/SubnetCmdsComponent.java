package org.nestor.hooks.subnetcmds.osgi;

import java.util.Map;
import java.util.Set;
import org.nestor.hooks.api.CommandHandler;
import org.nestor.hooks.api.config.ServerConfiguration4;
import org.nestor.hooks.subnetcmds.SubnetCmds;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Publishes the subnet commands while the DHCPv4 server runs (its {@link ServerConfiguration4} is there). */
@Component(service = CommandHandler.class)
public final class SubnetCmdsComponent implements CommandHandler {
    @Reference
    ServerConfiguration4 configuration;

    private SubnetCmds commands;

    @Activate
    void activate() {
        commands = new SubnetCmds(configuration);
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
