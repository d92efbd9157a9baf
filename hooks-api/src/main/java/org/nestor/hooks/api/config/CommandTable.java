package org.nestor.hooks.api.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.nestor.hooks.api.Answers;
import org.nestor.hooks.api.CommandHandler;

/**
 * A {@link CommandHandler} made of named commands that may refuse with a {@link ConfigurationRejectedException},
 * answered as Kea answers a refusal: the exception's result code and text. For command libraries that read and
 * change the configuration (subnet and host commands). Fill it before publishing it; then it is thread-safe.
 */
public class CommandTable implements CommandHandler {
    /** One command: its arguments in, Kea's answer out. */
    @FunctionalInterface
    public interface Command {
        /**
         * @param arguments the command's arguments, null when it has none
         * @return Kea's answer ({@link Answers} builds them)
         * @throws ConfigurationRejectedException answered with its result and text
         */
        Map<String, Object> run(Map<String, Object> arguments) throws ConfigurationRejectedException;
    }

    private final Map<String, Command> commands = new LinkedHashMap<>();

    /** Serves {@code name} with {@code command}, replacing what served it. */
    public final void put(String name, Command command) {
        commands.put(name, command);
    }

    @Override
    public final Set<String> commands() {
        return Set.copyOf(commands.keySet());
    }

    @Override
    public final Map<String, Object> handle(String command, Map<String, Object> arguments) {
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
