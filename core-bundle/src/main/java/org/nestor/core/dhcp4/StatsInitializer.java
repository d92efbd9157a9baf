package org.nestor.core.dhcp4;

import java.util.List;
import org.nestor.core.alloc.LeaseStatistics;
import org.nestor.core.config.Pool4;
import org.nestor.core.config.Subnet4;
import org.nestor.core.stats.StatsManager;
import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.lease.LeaseState;
import org.nestor.hooks.api.lease.LeaseStore4;

/** Creates Kea's DHCPv4 statistics at (re)configuration: packet counters at 0, per-subnet address counts recounted. */
final class StatsInitializer {
    private static final List<String> GLOBAL = List.of("pkt4-received", "pkt4-discover-received",
            "pkt4-offer-received", "pkt4-request-received", "pkt4-ack-received", "pkt4-nak-received",
            "pkt4-release-received", "pkt4-decline-received", "pkt4-inform-received", "pkt4-unknown-received",
            "pkt4-sent", "pkt4-offer-sent", "pkt4-ack-sent", "pkt4-nak-sent", "pkt4-parse-failed",
            "pkt4-receive-drop", "v4-allocation-fail", "v4-allocation-fail-shared-network",
            "v4-allocation-fail-subnet", "v4-allocation-fail-no-pools", "v4-allocation-fail-classes",
            "v4-reservation-conflicts", "declined-addresses", "reclaimed-declined-addresses", "reclaimed-leases",
            "cumulative-assigned-addresses");
    private static final List<String> PER_SUBNET_COUNTERS = List.of("cumulative-assigned-addresses",
            "reclaimed-leases", "reclaimed-declined-addresses", "v4-reservation-conflicts");

    private StatsInitializer() {
    }

    static void init(StatsManager stats, List<Subnet4> subnets, LeaseStore4 store) {
        for (String name : GLOBAL) {
            if (!stats.exists(name)) {
                stats.set(name, 0);
            }
        }
        long declinedTotal = 0;
        for (Subnet4 s : subnets) {
            long total = s.pools().stream().mapToLong(Pool4::size).sum();
            long assigned = 0;
            long declined = 0;
            for (Lease4 l : store.getBySubnet(s.id())) {
                if (l.state() != LeaseState.EXPIRED_RECLAIMED) {
                    assigned++;
                }
                if (l.state() == LeaseState.DECLINED) {
                    declined++;
                }
            }
            declinedTotal += declined;
            stats.set(LeaseStatistics.subnetStat(s.id(), "total-addresses"), total);
            stats.set(LeaseStatistics.subnetStat(s.id(), "assigned-addresses"), assigned);
            stats.set(LeaseStatistics.subnetStat(s.id(), "declined-addresses"), declined);
            for (String name : PER_SUBNET_COUNTERS) {
                String full = LeaseStatistics.subnetStat(s.id(), name);
                if (!stats.exists(full)) {
                    stats.set(full, 0);
                }
            }
        }
        stats.set("declined-addresses", declinedTotal);
    }

    /** Removes the per-subnet statistics of subnets that are gone. */
    static void removeSubnets(StatsManager stats, List<Subnet4> old, List<Subnet4> current) {
        for (Subnet4 s : old) {
            if (current.stream().noneMatch(c -> c.id() == s.id())) {
                String prefix = "subnet[" + s.id() + "].";
                stats.snapshot().keySet().stream().filter(k -> k.startsWith(prefix)).forEach(stats::remove);
            }
        }
    }
}
