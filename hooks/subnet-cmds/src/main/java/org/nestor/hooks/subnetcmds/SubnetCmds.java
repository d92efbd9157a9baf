package org.nestor.hooks.subnetcmds;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.nestor.hooks.api.Answers;
import org.nestor.hooks.api.CommandHandler;
import org.nestor.hooks.api.config.ConfigurationRejectedException;
import org.nestor.hooks.api.config.ServerConfiguration4;

/** The commands of Kea's {@code libdhcp_subnet_cmds} for one family, over the running server's configuration. */
public final class SubnetCmds implements CommandHandler {
    /** The Kea name of the library these commands belong to. */
    public static final String LIBRARY = "libdhcp_subnet_cmds";

    private final Map<String, Command> commands = new LinkedHashMap<>();

    /** @param configuration the running DHCPv4 server's configuration */
    public SubnetCmds(ServerConfiguration4 configuration) {
        new SubnetCommands(configuration, Family.V4).addTo(commands);
        new NetworkCommands(configuration, Family.V4).addTo(commands);
    }

    @Override
    public Set<String> commands() {
        return Set.copyOf(commands.keySet());
    }

    @Override
    public Map<String, Object> handle(String command, Map<String, Object> arguments) {
        Command c = commands.get(command);
        if (c == null) {
            return Answers.of(Answers.UNSUPPORTED, "'" + command + "' command not supported.");
        }
        try {
            return c.run(arguments);
        } catch (ConfigurationRejectedException e) {
            return Answers.of(e.result(), e.getMessage());
        }
    }
}
