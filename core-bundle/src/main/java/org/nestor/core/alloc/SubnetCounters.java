package org.nestor.core.alloc;

import java.util.Arrays;
import java.util.List;
import org.nestor.core.config.Subnet4;
import org.nestor.core.stats.Counter;
import org.nestor.core.stats.StatsManager;

/**
 * The address statistics of each subnet of a configuration ({@code subnet[id].assigned-addresses}, ...), resolved
 * once per configuration and found by subnet id without building a name. Immutable.
 */
final class SubnetCounters {
    /** The counters of one subnet. */
    record Of(Counter assigned, Counter cumulativeAssigned, Counter declined, Counter reclaimedDeclined,
              Counter reclaimed, Counter reservationConflicts) {
        static Of resolve(StatsManager stats, long subnetId) {
            return new Of(stats.counter(LeaseStatistics.subnetStat(subnetId, "assigned-addresses")),
                    stats.counter(LeaseStatistics.subnetStat(subnetId, "cumulative-assigned-addresses")),
                    stats.counter(LeaseStatistics.subnetStat(subnetId, "declined-addresses")),
                    stats.counter(LeaseStatistics.subnetStat(subnetId, "reclaimed-declined-addresses")),
                    stats.counter(LeaseStatistics.subnetStat(subnetId, "reclaimed-leases")),
                    stats.counter(LeaseStatistics.subnetStat(subnetId, "v4-reservation-conflicts")));
        }
    }

    private final StatsManager stats;
    private final long[] ids;
    private final Of[] counters;

    SubnetCounters(StatsManager stats, List<Subnet4> subnets) {
        this.stats = stats;
        this.ids = subnets.stream().mapToLong(Subnet4::id).sorted().distinct().toArray();
        this.counters = new Of[ids.length];
        for (int i = 0; i < ids.length; i++) {
            counters[i] = Of.resolve(stats, ids[i]);
        }
    }

    /** @return the counters of subnet {@code id}; resolved on the spot for a subnet not in the configuration */
    Of of(long subnetId) {
        int i = Arrays.binarySearch(ids, subnetId);
        return i >= 0 ? counters[i] : Of.resolve(stats, subnetId);
    }
}
