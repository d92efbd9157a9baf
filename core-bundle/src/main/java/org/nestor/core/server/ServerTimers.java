package org.nestor.core.server;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.nestor.core.config.Dhcp4Config;
import org.nestor.core.config.ExpiredLeasesProcessing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's periodic work on one thread: lease reclamation and flushing of reclaimed leases. Rescheduled as a
 * whole on reconfiguration.
 */
final class ServerTimers implements AutoCloseable {
    private static final Logger DHCP4 = LoggerFactory.getLogger("kea-dhcp4.dhcp4");

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "nestor-dhcp4-timers");
        t.setDaemon(true);
        return t;
    });

    ServerTimers(Dhcp4Config config, LeaseBackend leases) {
        ExpiredLeasesProcessing expiry = config.expiredLeasesProcessing();
        every(expiry.reclaimTimerWaitTime(), () -> guarded(leases::reclaimExpired));
        every(expiry.flushReclaimedTimerWaitTime(), () -> guarded(leases::flushReclaimed));
    }

    private void every(long seconds, Runnable task) {
        if (seconds > 0) {
            executor.scheduleWithFixedDelay(task, seconds, seconds, TimeUnit.SECONDS);
        }
    }

    private static void guarded(Runnable reclamation) {
        try {
            reclamation.run();
        } catch (RuntimeException e) {
            DHCP4.error("DHCP4_RECLAIM_EXPIRED_LEASES_FAIL failed to reclaim expired leases: {}", e.getMessage());
        }
    }

    /** Stops the timers, letting a running task (an LFC, say) finish for a bounded time. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
