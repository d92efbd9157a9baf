package org.nestor.core.hooks;

import java.util.ArrayList;
import java.util.List;
import org.nestor.hooks.api.CommandHandler;

/**
 * Turns {@link CommandHandler} services into registrations of each of their commands with a
 * {@link CommandRegistry}, whichever of the two arrives first, and takes them back when a handler leaves.
 */
public final class CommandHandlerBinder {
    private final List<CommandHandler> handlers = new ArrayList<>();
    private CommandRegistry registry;

    /** Registers every known handler with {@code target}, and later ones as they come. */
    public synchronized void attach(CommandRegistry target) {
        registry = target;
        handlers.forEach(this::register);
    }

    /** Takes every registration back from the registry and forgets it. */
    public synchronized void detach() {
        if (registry != null) {
            handlers.forEach(this::unregister);
        }
        registry = null;
    }

    /** A handler appeared. */
    public synchronized void add(CommandHandler handler) {
        handlers.add(handler);
        if (registry != null) {
            register(handler);
        }
    }

    /** A handler went away. */
    public synchronized void remove(CommandHandler handler) {
        if (handlers.remove(handler) && registry != null) {
            unregister(handler);
        }
    }

    private void register(CommandHandler handler) {
        handler.commands().forEach(c -> registry.register(c, handler));
    }

    private void unregister(CommandHandler handler) {
        handler.commands().forEach(c -> registry.unregister(c, handler));
    }
}
