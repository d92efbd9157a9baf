package org.nestor.hooks.leasecmds;

import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.lease.LeaseState;
import org.nestor.hooks.api.stats.Statistics;

/**
 * Keeps {@code subnet[N].assigned-addresses}, {@code subnet[N].declined-addresses} and {@code declined-addresses}
 * right as commands change leases, as Kea 2.2's lease commands do (recorded): a lease in state default counts as
 * assigned, a declined one as assigned and declined, an expired-reclaimed one not at all; expiry does not matter.
 */
final class LeaseStats4 {
    private final Statistics stats;

    LeaseStats4(Statistics stats) {
        this.stats = stats;
    }

    void added(Lease4 lease) {
        count(lease, 1);
    }

    void removed(Lease4 lease) {
        count(lease, -1);
    }

    void replaced(Lease4 old, Lease4 now) {
        if (old.subnetId() != now.subnetId() || old.state() != now.state()) {
            count(old, -1);
            count(now, 1);
        }
    }

    private void count(Lease4 lease, int sign) {
        if (lease.state() == LeaseState.EXPIRED_RECLAIMED) {
            return;
        }
        stats.add(Statistics.subnetStat(lease.subnetId(), "assigned-addresses"), sign);
        if (lease.state() == LeaseState.DECLINED) {
            stats.add(Statistics.subnetStat(lease.subnetId(), "declined-addresses"), sign);
            stats.add("declined-addresses", sign);
        }
    }
}
