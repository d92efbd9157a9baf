package org.nestor.core.osgi;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.nestor.core.control.CommandDispatcher;
import org.nestor.core.control.CommandException;
import org.nestor.core.hooks.CommandRegistry;
import org.nestor.core.hooks.JsonValues;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonValue;
import org.nestor.hooks.api.CommandHandler;

/**
 * Puts the command handlers of hook bundles into the server's {@link CommandDispatcher}, translating between the
 * API's plain maps and the core's JSON values; a handler that throws answers result 1, as Kea answers a failing
 * command callout.
 */
final class DispatcherCommandRegistry implements CommandRegistry {
    private final CommandDispatcher dispatcher;
    private final Map<String, Adapter> adapters = new ConcurrentHashMap<>();

    DispatcherCommandRegistry(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public void register(String command, CommandHandler handler) {
        Adapter adapter = new Adapter(handler);
        adapters.put(key(command, handler), adapter);
        dispatcher.register(command, adapter);
    }

    @Override
    public void unregister(String command, CommandHandler handler) {
        Adapter adapter = adapters.remove(key(command, handler));
        if (adapter != null) {
            dispatcher.unregister(command, adapter);
        }
    }

    private static String key(String command, CommandHandler handler) {
        return command + "@" + System.identityHashCode(handler);
    }

    /** One API handler seen as a core handler. */
    private record Adapter(CommandHandler handler) implements org.nestor.core.control.CommandHandler {
        @Override
        public JsonObject handle(String command, JsonValue arguments) throws CommandException {
            Map<String, Object> answer;
            try {
                Object args = arguments == null ? null : JsonValues.toJava(arguments);
                @SuppressWarnings("unchecked")
                Map<String, Object> map = args instanceof Map ? (Map<String, Object>) args : null;
                answer = handler.handle(command, map);
            } catch (RuntimeException e) {
                throw new CommandException("command " + command + " failed: " + e.getMessage());
            }
            JsonValue json = JsonValues.toJson(answer);
            if (!(json instanceof JsonObject object)) {
                throw new CommandException("command " + command + " returned no answer");
            }
            return object;
        }
    }
}
