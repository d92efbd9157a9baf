package org.nestor.core.server;

import org.nestor.core.config.Dhcp4Config;
import org.nestor.core.control.CommandDispatcher;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonValue;
import org.nestor.hooks.api.NetworkState;

/**
 * The hook points the server itself calls, outside the packet path: {@code dhcp4_srv_configured} after a
 * configuration is applied and {@code command_processed} after every control command. {@link #NONE} calls nothing.
 */
public interface ServerHooks {
    /** Calls no callout. */
    ServerHooks NONE = new ServerHooks() {
    };

    /**
     * {@code dhcp4_srv_configured}: the configuration has been applied (start, config-set, config-reload, SIGHUP).
     *
     * @return null when the callouts accept it, else why they refused it (the server then keeps the previous one)
     */
    default String configured(Dhcp4Config config, NetworkState networkState) {
        return null;
    }

    /**
     * {@code command_processed}: a command was answered.
     *
     * @return the answer to send, as the callouts left it
     */
    default JsonObject commandProcessed(String command, JsonValue arguments, JsonObject answer) {
        return answer;
    }

    /** Registers the commands about the hooks themselves (Nestor's {@code list-hooks}) on the server's dispatcher. */
    default void registerCommands(CommandDispatcher commands) {
    }
}
