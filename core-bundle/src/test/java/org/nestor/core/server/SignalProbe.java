package org.nestor.core.server;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A process for {@link ProcessSignalsTest}: installs {@link ProcessSignals} with a reload that prints
 * {@value #RELOADED}, prints {@value #READY}, and ends after the first reload (or after 30 s).
 */
public final class SignalProbe {
    static final String READY = "probe-ready";
    static final String RELOADED = "probe-reloaded";

    private SignalProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        CountDownLatch reloaded = new CountDownLatch(1);
        try (ProcessSignals signals = ProcessSignals.install(() -> {
            System.out.println(RELOADED);
            System.out.flush();
            reloaded.countDown();
        }, null)) {
            System.out.println(READY);
            System.out.flush();
            reloaded.await(30, TimeUnit.SECONDS);
        }
    }
}
