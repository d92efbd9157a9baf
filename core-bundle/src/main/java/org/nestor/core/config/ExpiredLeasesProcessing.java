package org.nestor.core.config;

/**
 * {@code expired-leases-processing}, with Kea's defaults (10, 25, 3600, 100, 250, 5).
 *
 * @param reclaimTimerWaitTime seconds between reclamation runs
 * @param flushReclaimedTimerWaitTime seconds between removals of old reclaimed leases; 0 = remove at reclaim
 * @param holdReclaimedTime seconds a reclaimed lease is kept
 * @param maxReclaimLeases most leases reclaimed per run, 0 = no limit
 * @param maxReclaimTime most milliseconds per run, 0 = no limit
 * @param unwarnedReclaimCycles runs that may leave leases unreclaimed before a warning
 */
public record ExpiredLeasesProcessing(long reclaimTimerWaitTime, long flushReclaimedTimerWaitTime,
                                      long holdReclaimedTime, long maxReclaimLeases, long maxReclaimTime,
                                      long unwarnedReclaimCycles) {
}
