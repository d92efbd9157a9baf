package org.nestor.hooks.hostcmds;

import java.util.List;
import org.nestor.hooks.api.config.ConfigurationRejectedException;

/**
 * Where the reservation commands find and store hosts: the running configuration today
 * ({@link ConfigHostSource}), a host database later. Implementations are thread-safe; a refused change changes
 * nothing.
 */
public interface HostSource {
    /** @return every host, global ones first, then subnet by subnet in a stable order */
    List<Host> hosts();

    /** @return whether a subnet with {@code subnetId} exists (0, the global scope, always exists) */
    boolean subnetExists(long subnetId);

    /**
     * Adds a host.
     *
     * @throws ConfigurationRejectedException with Kea's text when it conflicts with another host or is invalid
     */
    void add(Host host) throws ConfigurationRejectedException;

    /**
     * Replaces the host of the same subnet with the same identifier.
     *
     * @return false when there is no such host (nothing changed)
     * @throws ConfigurationRejectedException with Kea's text when the new host is refused
     */
    boolean update(Host host) throws ConfigurationRejectedException;

    /**
     * Deletes the hosts of {@code subnetId} that {@code which} selects.
     *
     * @return whether one was deleted
     */
    boolean delete(long subnetId, java.util.function.Predicate<Host> which) throws ConfigurationRejectedException;
}
