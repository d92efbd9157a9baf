package org.nestor.core.hooks;

import org.nestor.hooks.api.CommandHandler;

/**
 * Where command handlers are registered at run time: implemented over the core's command dispatcher, so
 * {@code list-commands} shows exactly the live set.
 */
public interface CommandRegistry {
    /** Routes {@code command} to {@code handler} from now on. */
    void register(String command, CommandHandler handler);

    /** Stops routing {@code command} to {@code handler} (nothing happens if another handler took it over). */
    void unregister(String command, CommandHandler handler);
}
