package org.nestor.hooks.api;

import java.util.Map;
import java.util.Set;

/**
 * Control commands served by a bundle, registered as an OSGi service; the server's dispatcher (and
 * {@code list-commands}) follows the live set. Commands and answers are JSON values in the shapes of
 * {@link HookLibrary#load}: maps, lists, strings, {@code Long}, {@code Double}, {@code Boolean}, null.
 */
public interface CommandHandler {
    /** @return the commands served, by Kea's names ({@code lease4-get}, ...); fixed for the service's lifetime */
    Set<String> commands();

    /**
     * @param command one of {@link #commands()}
     * @param arguments the command's {@code arguments}, null when it has none
     * @return Kea's answer: {@code result} (0 ok, 1 error, 2 unsupported, 3 empty), {@code text}, optional
     *         {@code arguments}; {@link Answers} builds them. Must not throw: a thrown exception is answered as result 1
     */
    Map<String, Object> handle(String command, Map<String, Object> arguments);
}
