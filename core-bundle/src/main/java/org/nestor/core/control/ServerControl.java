package org.nestor.core.control;

import java.nio.file.Path;
import org.nestor.core.json.JsonObject;
import org.nestor.core.stats.StatsManager;

/**
 * The operations of a running DHCPv4 server that the built-in commands drive. Implemented by the server package;
 * the control package knows the server only through this interface.
 */
public interface ServerControl {
    /** @return the configuration in force as a Kea file's tree: {@code {"Dhcp4": {...}}} */
    JsonObject configuration();

    /** @return the file given with {@code -c} (or the last one reloaded from) */
    Path configFile();

    /** Validates {@code root} ({@code {"Dhcp4": {...}}}) without applying it. */
    void testConfiguration(JsonObject root) throws ConfigRejectedException;

    /** Validates and applies {@code root} atomically: on refusal the configuration in force stays. */
    void applyConfiguration(JsonObject root) throws ConfigRejectedException;

    /** Re-reads {@link #configFile()} and applies it atomically. */
    void reloadConfiguration() throws ConfigRejectedException;

    /**
     * Reclaims every expired lease now.
     *
     * @param remove delete the leases rather than keep them as expired-reclaimed
     */
    void reclaimExpiredLeases(boolean remove);

    /** Stops the server soon (after the answer is sent); the process ends with {@code exitValue}. */
    void shutdown(int exitValue);

    /** @return the server-tag in force */
    String serverTag();

    /** @return the state status-get reports */
    ServerStatus status();

    /** @return the server's statistics */
    StatsManager stats();
}
