package org.nestor.core.alloc;

import org.nestor.core.stats.StatsManager;
import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.lease.LeaseState;

/** Kea's address statistics, moved as leases change hands ({@code subnet[id].assigned-addresses}, ...). */
public final class LeaseStatistics {
    private final StatsManager stats;

    /** @param stats where the statistics live */
    public LeaseStatistics(StatsManager stats) {
        this.stats = stats;
    }

    /** @return {@code subnet[id].name} */
    public static String subnetStat(long subnetId, String name) {
        return "subnet[" + subnetId + "]." + name;
    }

    private void both(long subnetId, String name, long delta) {
        stats.add(name, delta);
        stats.add(subnetStat(subnetId, name), delta);
    }

    /** A lease was granted for an address that had no usable lease (fresh, or taken over from {@code prior}). */
    void assigned(long subnetId, Lease4 prior) {
        both(subnetId, "cumulative-assigned-addresses", 1);
        if (prior == null || prior.state() == LeaseState.EXPIRED_RECLAIMED) {
            stats.add(subnetStat(subnetId, "assigned-addresses"), 1);
            return;
        }
        // An expired lease that was not yet reclaimed is reclaimed on the spot, then assigned again.
        if (prior.state() == LeaseState.DECLINED) {
            both(prior.subnetId(), "declined-addresses", -1);
            both(prior.subnetId(), "reclaimed-declined-addresses", 1);
        } else {
            both(prior.subnetId(), "reclaimed-leases", 1);
        }
        if (prior.subnetId() != subnetId) {
            stats.add(subnetStat(prior.subnetId(), "assigned-addresses"), -1);
            stats.add(subnetStat(subnetId, "assigned-addresses"), 1);
        }
    }

    /** A client's own lease that had been reclaimed was renewed. */
    void renewedReclaimed(long subnetId) {
        stats.add(subnetStat(subnetId, "assigned-addresses"), 1);
    }

    /** A lease was released or removed. */
    void removed(Lease4 lease) {
        stats.add(subnetStat(lease.subnetId(), "assigned-addresses"), -1);
    }

    /** A lease was declined (it stays assigned while on probation). */
    void declined(Lease4 lease) {
        both(lease.subnetId(), "declined-addresses", 1);
    }

    /** A reserved address was held by another client. */
    void reservationConflict(long subnetId) {
        both(subnetId, "v4-reservation-conflicts", 1);
    }

    /** An allocation failed; {@code variant} is {@code -subnet}, {@code -shared-network}, ... or empty. */
    void allocationFailed(String variant) {
        stats.add("v4-allocation-fail", 1);
        if (!variant.isEmpty()) {
            stats.add("v4-allocation-fail" + variant, 1);
        }
    }
}
