package org.nestor.core.net;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kea's {@code service-sockets-max-retries}: attempts to open the sockets that failed again every
 * {@code service-sockets-retry-wait-time}, until all are open or the attempts are exhausted.
 */
final class SocketRetry implements AutoCloseable {
    private static final Logger DHCP4 = LoggerFactory.getLogger("kea-dhcp4.dhcp4");

    private final ScheduledExecutorService timer;
    private final long waitMillis;
    private final long maxRetries;
    private final BooleanSupplier attempt;
    private final Runnable onExhausted;
    private long done;

    /**
     * @param attempt opens what is still closed; true when everything is open
     * @param onExhausted called once when the last attempt failed
     */
    SocketRetry(long waitMillis, long maxRetries, BooleanSupplier attempt, Runnable onExhausted) {
        this.waitMillis = waitMillis;
        this.maxRetries = maxRetries;
        this.attempt = attempt;
        this.onExhausted = onExhausted;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "nestor-dhcp4-socket-retry");
            t.setDaemon(true);
            return t;
        });
    }

    void start() {
        timer.schedule(this::run, waitMillis, TimeUnit.MILLISECONDS);
    }

    private void run() {
        done++;
        if (attempt.getAsBoolean()) {
            return;
        }
        if (done < maxRetries) {
            timer.schedule(this::run, waitMillis, TimeUnit.MILLISECONDS);
            return;
        }
        DHCP4.info("DHCP4_OPEN_SOCKETS_FAILED maximum number of open service sockets attempts: {}, has been "
                + "exhausted without success", maxRetries);
        onExhausted.run();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
