package org.nestor.core.net;

/**
 * How fast datagrams come to one receiving thread: a moving average of the time between the datagrams it handles,
 * each new spacing weighing 1/64 (about the rate over the last hundred datagrams), so that the thread can tell
 * whether it has time to spare between them. A burst read at once is handled back to back, so it counts as the fast
 * pace it is.
 */
final class BatchPace {
    private static final int WEIGHT = 64;

    private long last;
    private long meanSpacing = -1;

    /** Notes a datagram handled at {@code now} (System.nanoTime()). */
    void handled(long now) {
        if (last != 0) {
            long spacing = now - last;
            meanSpacing = meanSpacing < 0 ? spacing : meanSpacing + (spacing - meanSpacing) / WEIGHT;
        }
        last = now;
    }

    /** @return the mean nanoseconds between datagrams so far, Long.MAX_VALUE before the second */
    long meanSpacing() {
        return meanSpacing < 0 ? Long.MAX_VALUE : meanSpacing;
    }
}
