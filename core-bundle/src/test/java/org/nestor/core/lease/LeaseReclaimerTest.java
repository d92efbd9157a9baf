package org.nestor.core.lease;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nestor.core.lease.TestLeases.lease;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nestor.core.config.ExpiredLeasesProcessing;
import org.nestor.core.config.LeaseDatabaseConfig;
import org.nestor.core.hooks.CalloutEntry;
import org.nestor.core.hooks.HooksManager;
import org.nestor.core.stats.StatsManager;
import org.nestor.hooks.api.Arguments;
import org.nestor.hooks.api.HookPoint;
import org.nestor.hooks.api.NextStep;
import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.lease.Ipv4;
import org.nestor.hooks.api.lease.LeaseState;

class LeaseReclaimerTest {
    private final TestLeases.MutableClock clock = new TestLeases.MutableClock(TestLeases.CLTT);
    private final StatsManager stats = new StatsManager(clock);
    private MemfileLeaseStore4 store;

    @BeforeEach
    void fill() {
        store = MemfileLeaseStore4.open(new LeaseDatabaseConfig("memfile", false, null, 0, 0, false, 0));
        for (int i = 1; i <= 5; i++) {
            store.add(lease("192.0.2." + i, i, 1));
        }
        store.add(lease("192.0.2.50", 50, 1).withState(LeaseState.DECLINED).withTimes(TestLeases.CLTT, 86400));
        stats.set("subnet[1].assigned-addresses", 6);
        stats.set("subnet[1].declined-addresses", 1);
        stats.set("declined-addresses", 1);
    }

    private LeaseReclaimer reclaimer(long flushWait, long hold, long maxLeases, long maxMillis, long unwarned) {
        return new LeaseReclaimer(store, stats, new ExpiredLeasesProcessing(10, flushWait, hold, maxLeases,
                maxMillis, unwarned), clock);
    }

    @Test
    void expiredLeasesBecomeReclaimedAndCountersMove() {
        clock.advanceSeconds(3600);
        assertEquals(5, reclaimer(25, 3600, 100, 250, 5).runCycle());
        assertEquals(LeaseState.EXPIRED_RECLAIMED, store.get(Ipv4.parse("192.0.2.1")).orElseThrow().state());
        assertEquals("", store.get(Ipv4.parse("192.0.2.1")).orElseThrow().hostname());
        assertEquals(1, stats.value("subnet[1].assigned-addresses"));
        assertEquals(5, stats.value("subnet[1].reclaimed-leases"));
        assertEquals(5, stats.value("reclaimed-leases"));
        assertEquals(6, store.size());
    }

    @Test
    void leasesAreDeletedWhenTheFlushTimerIsOff() {
        clock.advanceSeconds(3600);
        reclaimer(0, 3600, 100, 250, 5).runCycle();
        assertEquals(1, store.size());
    }

    @Test
    void oneCycleReclaimsAtMostMaxReclaimLeases() {
        clock.advanceSeconds(3600);
        LeaseReclaimer r = reclaimer(25, 3600, 2, 0, 5);
        assertEquals(2, r.runCycle());
        assertEquals(3, store.getExpired(clock.millis() / 1000, 10).size());
    }

    @Test
    void declinedLeaseReturnsToThePoolAfterProbation() {
        clock.advanceSeconds(86400);
        reclaimer(25, 3600, 0, 0, 5).runCycle();
        assertFalse(store.get(Ipv4.parse("192.0.2.50")).isPresent());
        assertEquals(0, stats.value("declined-addresses"));
        assertEquals(0, stats.value("subnet[1].declined-addresses"));
        assertEquals(1, stats.value("reclaimed-declined-addresses"));
        assertEquals(1, stats.value("subnet[1].reclaimed-declined-addresses"));
        assertEquals(0, stats.value("subnet[1].assigned-addresses"));
    }

    @Test
    void reclaimedLeasesAreFlushedOnceHoldTimePassed() {
        clock.advanceSeconds(3600);
        LeaseReclaimer r = reclaimer(25, 600, 100, 250, 5);
        r.runCycle();
        assertEquals(0, r.flushReclaimed());
        clock.advanceSeconds(601);
        assertEquals(5, r.flushReclaimed());
        assertEquals(1, store.size());
    }

    @Test
    void reclaimNowIgnoresLimitsAndCanRemove() {
        clock.advanceSeconds(3600);
        assertEquals(5, reclaimer(25, 3600, 1, 1, 5).reclaimNow(true));
        assertTrue(store.getAll().stream().allMatch(l -> l.state() == LeaseState.DECLINED));
    }

    private LeaseReclaimer hooked(HooksManager hooks) {
        return new LeaseReclaimer(store, stats, new ExpiredLeasesProcessing(10, 25, 3600, 100, 250, 5), clock,
                hooks::table);
    }

    @Test
    void skipAtLease4ExpireLeavesTheLeaseToTheCallout() {
        HooksManager hooks = new HooksManager();
        List<String> seen = new ArrayList<>();
        hooks.callouts().add(new CalloutEntry(HookPoint.LEASE4_EXPIRE, "libtest", 0, 1, c -> {
            seen.add(c.get(Arguments.LEASE4, Lease4.class).addressText() + " remove="
                    + c.get(Arguments.REMOVE_LEASE, Boolean.class));
            c.setNextStep(NextStep.SKIP);
            return 0;
        }));
        clock.advanceSeconds(3600);
        assertEquals(0, hooked(hooks).runCycle());
        assertTrue(seen.contains("192.0.2.1 remove=false"), seen.toString());
        assertEquals(LeaseState.DEFAULT, store.get(Ipv4.parse("192.0.2.1")).orElseThrow().state());
        assertEquals(6, stats.value("subnet[1].assigned-addresses"));
    }

    @Test
    void aLease4ExpireCalloutMayAskForTheLeaseToBeRemoved() {
        HooksManager hooks = new HooksManager();
        hooks.callouts().add(new CalloutEntry(HookPoint.LEASE4_EXPIRE, "libtest", 0, 1, c -> {
            c.set(Arguments.REMOVE_LEASE, Boolean.TRUE);
            return 0;
        }));
        clock.advanceSeconds(3600);
        assertEquals(5, hooked(hooks).runCycle());
        assertEquals(1, store.size(), "only the declined lease, still on probation, is left");
    }

    @Test
    void skipAtLease4RecoverKeepsTheDeclinedAddressOutOfThePool() {
        HooksManager hooks = new HooksManager();
        List<String> recovered = new ArrayList<>();
        hooks.callouts().add(new CalloutEntry(HookPoint.LEASE4_RECOVER, "libtest", 0, 1, c -> {
            recovered.add(c.get(Arguments.LEASE4, Lease4.class).addressText());
            c.setNextStep(NextStep.SKIP);
            return 0;
        }));
        clock.advanceSeconds(86400);
        hooked(hooks).runCycle();
        assertEquals(List.of("192.0.2.50"), recovered);
        assertEquals(LeaseState.EXPIRED_RECLAIMED, store.get(Ipv4.parse("192.0.2.50")).orElseThrow().state());
        assertEquals(1, stats.value("declined-addresses"), "not recovered: still counted as declined");
        assertEquals(0, stats.value("reclaimed-declined-addresses"));
    }
}
