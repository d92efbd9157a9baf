package org.nestor.core.lease;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.nestor.core.config.ExpiredLeasesProcessing;
import org.nestor.core.hooks.CalloutTable;
import org.nestor.core.hooks.PacketContexts;
import org.nestor.core.hooks.PointHandle;
import org.nestor.core.stats.StatsManager;
import org.nestor.hooks.api.Arguments;
import org.nestor.hooks.api.HookPoint;
import org.nestor.hooks.api.NextStep;
import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.lease.LeaseState;
import org.nestor.hooks.api.lease.LeaseStore4;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kea's expired-lease reclamation for DHCPv4, run per {@code expired-leases-processing}: expired leases become
 * {@code expired-reclaimed} (or are deleted when {@code flush-reclaimed-timer-wait-time} or
 * {@code hold-reclaimed-time} is 0), declined leases whose probation ended are deleted and return to the pool,
 * and old reclaimed leases are flushed. Statistics and log messages are Kea's. Each expired lease first goes
 * through {@code lease4_expire} ({@code lease4} and {@code remove_lease} in/out; SKIP: the callout reclaimed it and
 * the server does nothing more), a declined one then through {@code lease4_recover} (SKIP: it is not recovered but
 * kept as expired-reclaimed). DNS removal is not done.
 */
public final class LeaseReclaimer {
    private static final Logger LOG = LoggerFactory.getLogger("kea-dhcp4.alloc-engine");
    private static final int BATCH = 1000;

    private final LeaseStore4 store;
    private final StatsManager stats;
    private final ExpiredLeasesProcessing config;
    private final Clock clock;
    private final Supplier<CalloutTable> callouts;
    private int incompleteCycles;
    private ScheduledFuture<?> reclaimTimer;
    private ScheduledFuture<?> flushTimer;

    /** A reclaimer calling no callout. */
    public LeaseReclaimer(LeaseStore4 store, StatsManager stats, ExpiredLeasesProcessing config, Clock clock) {
        this(store, stats, config, clock, () -> CalloutTable.EMPTY);
    }

    /** @param callouts the callouts of {@code lease4_expire} and {@code lease4_recover}, read once per cycle */
    public LeaseReclaimer(LeaseStore4 store, StatsManager stats, ExpiredLeasesProcessing config, Clock clock,
                          Supplier<CalloutTable> callouts) {
        this.store = store;
        this.stats = stats;
        this.config = config;
        this.clock = clock;
        this.callouts = callouts;
    }

    /** Schedules the reclaim and flush timers (a wait time of 0 disables that timer, as in Kea). */
    public synchronized void start(ScheduledExecutorService timers) {
        if (config.reclaimTimerWaitTime() > 0) {
            reclaimTimer = timers.scheduleWithFixedDelay(this::runCycle, config.reclaimTimerWaitTime(),
                    config.reclaimTimerWaitTime(), TimeUnit.SECONDS);
        }
        if (config.flushReclaimedTimerWaitTime() > 0) {
            flushTimer = timers.scheduleWithFixedDelay(this::flushReclaimed, config.flushReclaimedTimerWaitTime(),
                    config.flushReclaimedTimerWaitTime(), TimeUnit.SECONDS);
        }
    }

    /** Cancels the timers. */
    public synchronized void stop() {
        if (reclaimTimer != null) {
            reclaimTimer.cancel(false);
        }
        if (flushTimer != null) {
            flushTimer.cancel(false);
        }
    }

    /**
     * One timer run: reclaims within {@code max-reclaim-leases} and {@code max-reclaim-time}, warns after
     * {@code unwarned-reclaim-cycles} runs that left expired leases behind.
     *
     * @return how many leases were reclaimed
     */
    public synchronized int runCycle() {
        boolean remove = config.flushReclaimedTimerWaitTime() == 0 || config.holdReclaimedTime() == 0;
        return reclaim(config.maxReclaimLeases(), config.maxReclaimTime(), remove);
    }

    /**
     * Kea's {@code leases-reclaim}: reclaims every expired lease now, without limits.
     *
     * @param remove delete the leases instead of keeping them as expired-reclaimed
     * @return how many leases were reclaimed
     */
    public synchronized int reclaimNow(boolean remove) {
        return reclaim(0, 0, remove);
    }

    /**
     * Deletes reclaimed leases older than {@code hold-reclaimed-time}.
     *
     * @return how many were deleted
     */
    public int flushReclaimed() {
        LOG.debug("ALLOC_ENGINE_V4_RECLAIMED_LEASES_DELETE begin deletion of reclaimed leases expired more than "
                + "{} seconds ago", config.holdReclaimedTime());
        try {
            int n = store.deleteReclaimedOlderThan(clock.millis() / 1000, config.holdReclaimedTime());
            LOG.debug("ALLOC_ENGINE_V4_RECLAIMED_LEASES_DELETE_COMPLETE successfully deleted {} expired-reclaimed "
                    + "leases", n);
            return n;
        } catch (RuntimeException e) {
            LOG.error("ALLOC_ENGINE_V4_RECLAIMED_LEASES_DELETE_FAILED deletion of expired-reclaimed leases failed: "
                    + "{}", e.getMessage());
            return 0;
        }
    }

    private int reclaim(long maxLeases, long maxMillis, boolean remove) {
        LOG.debug("ALLOC_ENGINE_V4_LEASES_RECLAMATION_START starting reclamation of expired leases (limit = {} "
                + "leases or {} milliseconds)", maxLeases, maxMillis);
        long startMillis = clock.millis();
        long startNanos = System.nanoTime();
        long now = startMillis / 1000;
        int done = 0;
        CalloutTable table = callouts.get();
        boolean timedOut = false;
        boolean more = true;
        while (more && !timedOut && (maxLeases == 0 || done < maxLeases)) {
            int want = (int) (maxLeases == 0 ? BATCH : Math.min(BATCH, maxLeases - done));
            List<Lease4> expired = store.getExpired(now, want);
            more = expired.size() == want;
            int before = done;
            for (Lease4 lease : expired) {
                if (maxMillis > 0 && clock.millis() - startMillis >= maxMillis) {
                    LOG.debug("ALLOC_ENGINE_V4_LEASES_RECLAMATION_TIMEOUT timeout of {} ms reached while "
                            + "reclaiming IPv4 leases", maxMillis);
                    timedOut = true;
                    more = true;
                    break;
                }
                if (reclaimOne(lease, remove, table)) {
                    done++;
                }
            }
            if (done == before) {
                break;
            }
        }
        LOG.debug("ALLOC_ENGINE_V4_LEASES_RECLAMATION_COMPLETE reclaimed {} leases in {}", done,
                String.format("%.3f ms", (System.nanoTime() - startNanos) / 1e6));
        if (maxLeases > 0 && !store.getExpired(now, 1).isEmpty()) {
            if (++incompleteCycles > config.unwarnedReclaimCycles() && config.unwarnedReclaimCycles() > 0) {
                LOG.warn("ALLOC_ENGINE_V4_LEASES_RECLAMATION_SLOW expired leases still exist after {} reclamations",
                        incompleteCycles);
                incompleteCycles = 0;
            }
        } else {
            incompleteCycles = 0;
        }
        return done;
    }

    private boolean reclaimOne(Lease4 expired, boolean removeByConfig, CalloutTable table) {
        try {
            LOG.debug("ALLOC_ENGINE_V4_LEASE_RECLAIM {}: reclaiming expired lease for address {}", label(expired),
                    expired.addressText());
            Lease4 lease = expired;
            boolean remove = removeByConfig;
            if (table.has(HookPoint.LEASE4_EXPIRE)) {
                PointHandle h = new PointHandle(HookPoint.LEASE4_EXPIRE, new PacketContexts(), null)
                        .arg(Arguments.LEASE4, Lease4.class, expired)
                        .arg(Arguments.REMOVE_LEASE, Boolean.class, removeByConfig);
                if (h.call(table) == NextStep.SKIP) {
                    return false;
                }
                lease = h.value(Arguments.LEASE4, Lease4.class) == null ? expired
                        : h.value(Arguments.LEASE4, Lease4.class);
                remove = Boolean.TRUE.equals(h.value(Arguments.REMOVE_LEASE, Boolean.class));
            }
            String subnet = "subnet[" + lease.subnetId() + "].";
            if (lease.state() == LeaseState.DECLINED) {
                remove = recover(lease, subnet, table);
            }
            if (remove) {
                store.delete(lease.address());
            } else {
                store.update(lease.withState(LeaseState.EXPIRED_RECLAIMED).withHostname("", false, false));
            }
            stats.add(subnet + "assigned-addresses", -1);
            stats.add(subnet + "reclaimed-leases", 1);
            stats.add("reclaimed-leases", 1);
            return true;
        } catch (RuntimeException e) {
            LOG.error("ALLOC_ENGINE_V4_LEASE_RECLAMATION_FAILED failed to reclaim the lease {}: {}",
                    expired.addressText(), e.getMessage());
            return false;
        }
    }

    /** A declined lease leaves probation unless a {@code lease4_recover} callout skips it. @return whether it did */
    private boolean recover(Lease4 lease, String subnet, CalloutTable table) {
        if (table.has(HookPoint.LEASE4_RECOVER)) {
            NextStep step = new PointHandle(HookPoint.LEASE4_RECOVER, new PacketContexts(), null)
                    .arg(Arguments.LEASE4, Lease4.class, lease).call(table);
            if (step == NextStep.SKIP) {
                LOG.debug("DHCPSRV_HOOK_LEASE4_RECOVER_SKIP DHCPv4 lease {} was not recovered from the declined state "
                        + "because a callout set the skip status.", lease.addressText());
                return false;
            }
        }
        LOG.info("ALLOC_ENGINE_V4_DECLINED_RECOVERED IPv4 address {} was recovered after {} seconds of "
                + "probation-period", lease.addressText(), lease.validLifetime());
        stats.add("declined-addresses", -1);
        stats.add(subnet + "declined-addresses", -1);
        stats.add("reclaimed-declined-addresses", 1);
        stats.add(subnet + "reclaimed-declined-addresses", 1);
        return true;
    }

    /** Kea's client label: {@code [hwtype=1 aa:bb:..], cid=[01:..]} or {@code cid=[no info]}. */
    private static String label(Lease4 lease) {
        byte[] hw = lease.hwAddress();
        byte[] cid = lease.clientId();
        return "[" + (hw.length == 0 ? "no hwaddr info" : "hwtype=1 " + LeaseCsv.toHex(hw)) + "], cid=["
                + (cid.length == 0 ? "no info" : LeaseCsv.toHex(cid)) + "]";
    }
}
