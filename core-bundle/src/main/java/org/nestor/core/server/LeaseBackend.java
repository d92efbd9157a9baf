package org.nestor.core.server;

import org.nestor.hooks.api.lease.LeaseStore4;

/**
 * An open lease store with the periodic work that belongs to it (Kea's reclamation and lease file cleanup).
 * The server calls the periodic methods from one timer thread, at the intervals of the configuration.
 */
public interface LeaseBackend extends AutoCloseable {
    /** @return the store the engine uses */
    LeaseStore4 store();

    /** Reclaims expired leases ({@code reclaim-timer-wait-time}). */
    void reclaimExpired();

    /** Removes reclaimed leases held longer than {@code hold-reclaimed-time}. */
    void flushReclaimed();

    /** Compacts the lease file (Kea's LFC, {@code lfc-interval}); nothing for stores without one. */
    void compactLeaseFile();

    /** Flushes and closes the store; no method may be called afterwards. */
    @Override
    void close();
}
