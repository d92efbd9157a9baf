package org.nestor.core.hooks;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.nestor.core.stats.StatsManager;
import org.nestor.hooks.api.HookPoint;

/**
 * The packets parked at one hook point (Kea's parking lot): at most {@code parked-packet-limit} at once, each
 * dropped when not resumed within the timeout. Counts in statistics {@code <point>-parked} (held now),
 * {@code <point>-parked-total}, {@code <point>-park-limit-drops} and {@code <point>-park-timeouts}.
 */
public final class ParkingLot {
    private final HookPoint point;
    private final int limit;
    private final Duration timeout;
    private final Supplier<ScheduledExecutorService> timer;
    private final StatsManager stats;
    private final AtomicInteger held = new AtomicInteger();

    /**
     * @param point the hook point
     * @param limit how many packets may be held at once
     * @param timeout how long a packet may be held
     * @param timer runs the timeouts (asked for on the first park)
     * @param stats where the counts go
     */
    public ParkingLot(HookPoint point, int limit, Duration timeout, Supplier<ScheduledExecutorService> timer,
                      StatsManager stats) {
        this.point = point;
        this.limit = limit;
        this.timeout = timeout;
        this.timer = timer;
        this.stats = stats;
    }

    /** @return whether the lot has this limit and counts in these statistics */
    boolean sameAs(int otherLimit, StatsManager otherStats) {
        return limit == otherLimit && stats == otherStats;
    }

    /** @return the point the lot is for */
    public HookPoint point() {
        return point;
    }

    /** @return whether another packet may be parked (checked before the callouts, as Kea does) */
    public boolean hasRoom() {
        if (held.get() < limit) {
            return true;
        }
        stats.add(point.keaName() + "-park-limit-drops", 1);
        return false;
    }

    /** @return how many packets are held now */
    public int held() {
        return held.get();
    }

    /** @return a parking for one packet at this point, not yet holding it */
    public Parking open() {
        return new Parking(this);
    }

    void entered() {
        held.incrementAndGet();
        stats.add(point.keaName() + "-parked", 1);
        stats.add(point.keaName() + "-parked-total", 1);
    }

    void left(boolean timedOut) {
        held.decrementAndGet();
        stats.add(point.keaName() + "-parked", -1);
        if (timedOut) {
            stats.add(point.keaName() + "-park-timeouts", 1);
        }
    }

    java.util.concurrent.ScheduledFuture<?> schedule(Runnable r) {
        return timer.get().schedule(r, timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }
}
