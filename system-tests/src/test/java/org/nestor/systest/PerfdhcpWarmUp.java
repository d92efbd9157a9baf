package org.nestor.systest;

/**
 * Ten relayed exchanges from MACs of their own ({@value #MAC_PREFIX}…), sent to a freshly started server before the
 * exchanges a test counts. A JVM answers its very first packets after tens to hundreds of milliseconds (classes
 * loading, code not yet compiled), and perfdhcp 2.2 counts answers that late as drops even with {@code -W}; the test's
 * own exchanges then meet the server as clients meet it once it has run for a moment. Nothing is asserted here.
 */
public final class PerfdhcpWarmUp {
    /** The MAC prefix of the warm-up clients, to tell their leases apart. */
    public static final String MAC_PREFIX = "02:00:5e:00:77";

    private PerfdhcpWarmUp() {
    }

    /** Runs the warm-up exchanges against a relay-reachable server on loopback. */
    public static void run(int serverPort, int clientPort) throws Exception {
        PerfdhcpRelay.toPort(serverPort).clientPort(clientPort).rate(20).clientsOnce(10)
                .with("-b", "mac=" + MAC_PREFIX + ":00").dropAfter(5).exitWait(2_000_000).run(60);
    }
}
