package org.nestor.core.control;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Kea's network state: the DHCP service is disabled while any origin (the operator, an HA partner) holds it
 * disabled; each origin enables only what it disabled; {@code max-period} re-enables an origin automatically.
 * Thread-safe.
 */
public final class DhcpServiceState implements AutoCloseable {
    /** Who disabled the service, with Kea 2.2's names for the {@code origin} argument. */
    public enum Origin {
        USER("user"), HA_PARTNER("ha-partner");

        private final String keaName;

        Origin(String keaName) {
            this.keaName = keaName;
        }

        /** @return the origin named {@code name} in a command, or null */
        public static Origin byKeaName(String name) {
            for (Origin o : values()) {
                if (o.keaName.equals(name)) {
                    return o;
                }
            }
            return null;
        }
    }

    private final Consumer<Boolean> service;
    private final Set<Origin> disabledBy = EnumSet.noneOf(Origin.class);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "nestor-dhcp4-enable-timer");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> pendingEnable;

    /** @param service told {@code true} / {@code false} when the service as a whole turns on / off */
    public DhcpServiceState(Consumer<Boolean> service) {
        this.service = service;
    }

    /**
     * Disables the service for {@code origin}.
     *
     * @param maxPeriodSeconds re-enable after this many seconds, 0 for never
     */
    public synchronized void disable(Origin origin, long maxPeriodSeconds) {
        cancelPending();
        disabledBy.add(origin);
        service.accept(false);
        if (maxPeriodSeconds > 0) {
            pendingEnable = timer.schedule(() -> enable(origin), maxPeriodSeconds, TimeUnit.SECONDS);
        }
    }

    /** Enables the service for {@code origin}; it serves again once no origin holds it disabled. */
    public synchronized void enable(Origin origin) {
        cancelPending();
        disabledBy.remove(origin);
        if (disabledBy.isEmpty()) {
            service.accept(true);
        }
    }

    /** @return whether the service is enabled */
    public synchronized boolean isEnabled() {
        return disabledBy.isEmpty();
    }

    private void cancelPending() {
        if (pendingEnable != null) {
            pendingEnable.cancel(false);
            pendingEnable = null;
        }
    }

    /** Stops the re-enable timer. */
    @Override
    public void close() {
        timer.shutdownNow();
    }
}
