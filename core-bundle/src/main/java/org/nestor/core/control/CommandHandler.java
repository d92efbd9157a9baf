package org.nestor.core.control;

import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonValue;

/**
 * Carries out one or more commands. Built into the core, or contributed at run time by a hook bundle through
 * {@link CommandDispatcher#register}. Called from transport threads, possibly concurrently.
 */
@FunctionalInterface
public interface CommandHandler {
    /**
     * @param command the command name
     * @param arguments the request's {@code arguments}, or null when absent (any JSON kind: handlers check)
     * @return Kea's answer (see {@link ControlResult})
     * @throws CommandException for a refused command; becomes {@code {"result": code, "text": message}}
     */
    JsonObject handle(String command, JsonValue arguments) throws CommandException;
}
