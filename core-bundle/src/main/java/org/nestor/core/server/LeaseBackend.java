package org.nestor.core.server;

import org.nestor.hooks.api.lease.LeaseStore4;

/**
 * An open lease store with the reclamation work that belongs to it. The server calls the periodic methods from one
 * timer thread at the intervals of {@code expired-leases-processing}; lease file cleanup (LFC) is the store's own
 * business.
 */
public interface LeaseBackend extends AutoCloseable {
    /** @return the store the engine uses */
    LeaseStore4 store();

    /** Reclaims expired leases ({@code reclaim-timer-wait-time}). */
    void reclaimExpired();

    /**
     * Kea's {@code leases-reclaim}: reclaims every expired lease now, without the timer's limits.
     *
     * @param remove delete the leases rather than keep them as expired-reclaimed
     */
    default void reclaimNow(boolean remove) {
        reclaimExpired();
    }

    /** Removes reclaimed leases held longer than {@code hold-reclaimed-time}. */
    void flushReclaimed();

    /** Flushes and closes the store; no method may be called afterwards. */
    @Override
    void close();
}
