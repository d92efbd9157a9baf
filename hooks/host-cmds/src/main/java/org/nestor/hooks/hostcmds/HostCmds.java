package org.nestor.hooks.hostcmds;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.nestor.hooks.api.Answers;
import org.nestor.hooks.api.CommandHandler;
import org.nestor.hooks.api.config.ConfigurationRejectedException;

/** The commands of Kea's {@code libdhcp_host_cmds} over a {@link HostSource}. */
public final class HostCmds implements CommandHandler {
    /** The Kea name of the library these commands belong to. */
    public static final String LIBRARY = "libdhcp_host_cmds";

    private final Map<String, Command> commands = new LinkedHashMap<>();

    public HostCmds(HostSource source) {
        new HostQueries(source).addTo(commands);
        new HostChanges(source).addTo(commands);
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
