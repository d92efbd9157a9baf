package org.nestor.core.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonString;
import org.nestor.core.json.JsonValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kea's command manager: hands each request to the handler registered under its {@code command} name and
 * answers as Kea does when there is none ({@code 2, "'foo' command not supported."}) or when the request is not a
 * command. Handlers can be registered and unregistered at any time from any thread (hook bundles come and go);
 * {@code list-commands} is built in and always shows the live set.
 */
public final class CommandDispatcher implements CommandChannel {
    private static final Logger LOG = LoggerFactory.getLogger("kea-dhcp4.commands");
    private static final String PROCESSING_ERROR = "Error during command processing: ";

    private final Map<String, CommandHandler> handlers = new ConcurrentHashMap<>();
    private volatile ProcessedHook processedHook;

    /** Sees, and may replace, the answer of every command (Kea's {@code command_processed} hook point). */
    @FunctionalInterface
    public interface ProcessedHook {
        /** @return the answer to send */
        JsonObject processed(String command, JsonValue arguments, JsonObject answer);
    }

    /** Sets the hook that sees every answer; null for none. */
    public void setProcessedHook(ProcessedHook hook) {
        this.processedHook = hook;
    }

    /** A dispatcher that knows {@code list-commands} only. */
    public CommandDispatcher() {
        handlers.put("list-commands", (command, arguments) -> ControlResult.success(JsonBuild.of(commandNames())));
    }

    /**
     * Installs {@code handler} for {@code command}.
     *
     * @throws IllegalStateException when another handler serves that command (Kea refuses the same)
     */
    public void register(String command, CommandHandler handler) {
        if (handlers.putIfAbsent(command, handler) != null) {
            throw new IllegalStateException("Handler for command '" + command + "' is already installed.");
        }
    }

    /**
     * Removes the handler of {@code command} if it is {@code handler} (a bundle going away removes only its own).
     *
     * @return whether it was removed
     */
    public boolean unregister(String command, CommandHandler handler) {
        return handlers.remove(command, handler);
    }

    /** @return whether a handler serves {@code command} */
    public boolean supports(String command) {
        return handlers.containsKey(command);
    }

    /** @return the commands served now, sorted */
    public List<String> commandNames() {
        List<String> names = new ArrayList<>(handlers.keySet());
        Collections.sort(names);
        return names;
    }

    @Override
    public JsonObject execute(JsonObject request) {
        JsonValue name = request.get("command");
        if (name == null) {
            return ControlResult.answer(ControlResult.ERROR,
                    PROCESSING_ERROR + "Invalid answer specified, does not contain mandatory 'command'");
        }
        if (!(name instanceof JsonString commandName)) {
            return ControlResult.answer(ControlResult.ERROR,
                    PROCESSING_ERROR + "'command' element in command message is not a string");
        }
        String command = commandName.value();
        LOG.info("COMMAND_RECEIVED Received command '{}'", command);
        JsonObject answer = dispatch(command, request.get("arguments"));
        ProcessedHook hook = processedHook;
        if (hook == null) {
            return answer;
        }
        try {
            return hook.processed(command, request.get("arguments"), answer);
        } catch (RuntimeException e) {
            LOG.error("HOOKS_CALLOUT_EXCEPTION exception thrown by a callout on hook command_processed: {}",
                    e.toString());
            return answer;
        }
    }

    private JsonObject dispatch(String command, JsonValue arguments) {
        CommandHandler handler = handlers.get(command);
        if (handler == null) {
            return ControlResult.answer(ControlResult.UNSUPPORTED, "'" + command + "' command not supported.");
        }
        try {
            return handler.handle(command, arguments);
        } catch (CommandException e) {
            return ControlResult.answer(e.code(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("COMMAND_PROCESS_ERROR2 Error while processing command: {}", e.toString());
            return ControlResult.answer(ControlResult.ERROR, PROCESSING_ERROR + e.getMessage());
        }
    }

    /**
     * Executes a request that may not be an object (as read from a transport).
     *
     * @return Kea's refusal when {@code request} is not a map
     */
    public JsonObject execute(JsonValue request) {
        if (request instanceof JsonObject object) {
            return execute(object);
        }
        return ControlResult.answer(ControlResult.ERROR,
                PROCESSING_ERROR + "Invalid command Element specified, expected map");
    }
}
