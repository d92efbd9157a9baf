package org.nestor.core.stats;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.lease.LeaseState;
import org.nestor.hooks.api.lease.LeaseStore4;

/**
 * Sets the lease statistics from the lease store at startup and after a reconfiguration, as Kea does: the
 * per-subnet statistics of the old configuration are removed, then {@code total-addresses} comes from the pools
 * and {@code assigned-addresses} / {@code declined-addresses} are counted from the leases (declined leases count
 * as assigned too); the reclamation counters start at 0 unless they already exist globally.
 */
public final class LeaseStatsRecounter {
    private static final Pattern SUBNET_LEASE_STAT = Pattern.compile("subnet\\[\\d+\\]\\.(total-addresses|"
            + "assigned-addresses|declined-addresses|reclaimed-leases|reclaimed-declined-addresses)");

    private LeaseStatsRecounter() {
    }

    /**
     * @param stats the statistics to update
     * @param store the DHCPv4 leases
     * @param totalAddressesBySubnet every configured subnet id with the number of addresses in its pools
     */
    public static void recount4(StatsManager stats, LeaseStore4 store, Map<Long, Long> totalAddressesBySubnet) {
        stats.removeIf(n -> SUBNET_LEASE_STAT.matcher(n).matches());
        long declinedTotal = 0;
        for (Map.Entry<Long, Long> subnet : totalAddressesBySubnet.entrySet()) {
            String prefix = "subnet[" + subnet.getKey() + "].";
            List<Lease4> leases = store.getBySubnet(subnet.getKey());
            long assigned = 0;
            long declined = 0;
            for (Lease4 l : leases) {
                if (l.state() == LeaseState.DECLINED) {
                    declined++;
                    assigned++;
                } else if (l.state() == LeaseState.DEFAULT) {
                    assigned++;
                }
            }
            stats.set(prefix + "total-addresses", subnet.getValue());
            stats.set(prefix + "assigned-addresses", assigned);
            stats.set(prefix + "declined-addresses", declined);
            stats.set(prefix + "reclaimed-leases", 0);
            stats.set(prefix + "reclaimed-declined-addresses", 0);
            declinedTotal += declined;
        }
        stats.set("declined-addresses", declinedTotal);
        for (String global : List.of("reclaimed-leases", "reclaimed-declined-addresses")) {
            if (!stats.exists(global)) {
                stats.set(global, 0);
            }
        }
    }
}
