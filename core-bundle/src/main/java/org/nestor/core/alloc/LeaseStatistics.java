package org.nestor.core.alloc;

import java.util.List;
import org.nestor.core.config.Subnet4;
import org.nestor.core.stats.Counter;
import org.nestor.core.stats.StatsManager;
import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.lease.LeaseState;

/** Kea's address statistics, moved as leases change hands ({@code subnet[id].assigned-addresses}, ...). */
public final class LeaseStatistics {
    private final StatsManager stats;
    private final SubnetCounters subnets;
    private final Counter cumulativeAssigned;
    private final Counter declined;
    private final Counter reclaimedDeclined;
    private final Counter reclaimed;
    private final Counter reservationConflicts;
    private final Counter allocationFail;

    /**
     * @param stats where the statistics live
     * @param subnets the configuration's subnets, whose statistics are resolved once here
     */
    public LeaseStatistics(StatsManager stats, List<Subnet4> subnets) {
        this.stats = stats;
        this.subnets = new SubnetCounters(stats, subnets);
        cumulativeAssigned = stats.counter("cumulative-assigned-addresses");
        declined = stats.counter("declined-addresses");
        reclaimedDeclined = stats.counter("reclaimed-declined-addresses");
        reclaimed = stats.counter("reclaimed-leases");
        reservationConflicts = stats.counter("v4-reservation-conflicts");
        allocationFail = stats.counter("v4-allocation-fail");
    }

    /** @return {@code subnet[id].name} */
    public static String subnetStat(long subnetId, String name) {
        return "subnet[" + subnetId + "]." + name;
    }

    private static void both(Counter global, Counter subnet, long delta) {
        global.add(delta);
        subnet.add(delta);
    }

    /** A lease was granted for an address that had no usable lease (fresh, or taken over from {@code prior}). */
    void assigned(long subnetId, Lease4 prior) {
        SubnetCounters.Of in = subnets.of(subnetId);
        both(cumulativeAssigned, in.cumulativeAssigned(), 1);
        occupied(in, subnetId, prior);
    }

    /**
     * An address that had no usable lease holds one again without a client being assigned it (the server declined
     * it): counted in {@code assigned-addresses} like any lease, not in the cumulative count.
     */
    void occupied(long subnetId, Lease4 prior) {
        occupied(subnets.of(subnetId), subnetId, prior);
    }

    private void occupied(SubnetCounters.Of in, long subnetId, Lease4 prior) {
        if (prior == null || prior.state() == LeaseState.EXPIRED_RECLAIMED) {
            in.assigned().increment();
            return;
        }
        // An expired lease that was not yet reclaimed is reclaimed on the spot, then assigned again.
        SubnetCounters.Of from = prior.subnetId() == subnetId ? in : subnets.of(prior.subnetId());
        if (prior.state() == LeaseState.DECLINED) {
            both(declined, from.declined(), -1);
            both(reclaimedDeclined, from.reclaimedDeclined(), 1);
        } else {
            both(reclaimed, from.reclaimed(), 1);
        }
        if (from != in) {
            from.assigned().add(-1);
            in.assigned().increment();
        }
    }

    /** A client's own lease that had been reclaimed was renewed. */
    void renewedReclaimed(long subnetId) {
        subnets.of(subnetId).assigned().increment();
    }

    /** A lease was released or removed. */
    void removed(Lease4 lease) {
        subnets.of(lease.subnetId()).assigned().add(-1);
    }

    /** A lease was declined (it stays assigned while on probation). */
    void declined(Lease4 lease) {
        both(declined, subnets.of(lease.subnetId()).declined(), 1);
    }

    /** A reserved address was held by another client. */
    void reservationConflict(long subnetId) {
        both(reservationConflicts, subnets.of(subnetId).reservationConflicts(), 1);
    }

    /** An allocation failed; {@code variant} is {@code -subnet}, {@code -shared-network}, ... or empty. */
    void allocationFailed(String variant) {
        allocationFail.increment();
        if (!variant.isEmpty()) {
            stats.add("v4-allocation-fail" + variant, 1);
        }
    }
}
