package org.nestor.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nestor.core.config.LeaseDatabaseConfig;
import org.nestor.core.lease.MemfileLeaseStore4;
import org.nestor.hooks.api.lease.Ipv4;
import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.lease.LeaseState;

class LeaseStatsRecounterTest {
    private static Lease4 lease(String a, long subnet, LeaseState state) {
        return new Lease4(Ipv4.parse(a), new byte[] {1}, new byte[0], 3600, 1_700_000_000L, subnet, false, false,
                "", state, null, 0);
    }

    @Test
    void subnetStatsAreRecountedFromLeasesAndOldSubnetsForgotten() {
        StatsManager stats = new StatsManager();
        stats.set("subnet[9].assigned-addresses", 4);
        stats.set("reclaimed-leases", 7);
        try (MemfileLeaseStore4 store = MemfileLeaseStore4.open(new LeaseDatabaseConfig("memfile", false, null, 0,
                0, false, 0))) {
            store.add(lease("192.0.2.1", 1, LeaseState.DEFAULT));
            store.add(lease("192.0.2.2", 1, LeaseState.DECLINED));
            store.add(lease("192.0.2.3", 1, LeaseState.EXPIRED_RECLAIMED));
            store.add(lease("198.51.100.1", 2, LeaseState.DEFAULT));
            LeaseStatsRecounter.recount4(stats, store, Map.of(1L, 100L, 2L, 50L));
        }
        assertEquals(100, stats.value("subnet[1].total-addresses"));
        assertEquals(2, stats.value("subnet[1].assigned-addresses"));
        assertEquals(1, stats.value("subnet[1].declined-addresses"));
        assertEquals(1, stats.value("subnet[2].assigned-addresses"));
        assertEquals(1, stats.value("declined-addresses"));
        assertEquals(7, stats.value("reclaimed-leases"));
        assertEquals(0, stats.value("reclaimed-declined-addresses"));
        assertFalse(stats.exists("subnet[9].assigned-addresses"));
    }
}
