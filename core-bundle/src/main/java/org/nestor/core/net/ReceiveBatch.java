package org.nestor.core.net;

import java.util.function.Consumer;

/**
 * What happens around the datagrams one socket read hands over at once, when they are handled on the receiving
 * thread, or around each datagram a worker handles: {@link #begin} before the first is handled, {@link #end} after
 * the last, before any of their replies is
 * sent (group commit: one disk sync for the leases of the whole batch).
 */
public interface ReceiveBatch {
    /** Nothing around batches: replies go out as they are made. */
    ReceiveBatch NONE = new ReceiveBatch() {
        @Override
        public void begin() {
        }

        @Override
        public void end(long paceNanos, Consumer<Boolean> whenSettled) {
            whenSettled.accept(true);
        }
    };

    /** Called on the handling thread before the first datagram of a batch is handled. */
    void begin();

    /**
     * Called on the handling thread after the last datagram of a batch was handled.
     *
     * @param paceNanos when the batch ends on the thread that received it and that socket read found a single
     *                  datagram, the mean time between the datagrams that thread received lately (Long.MAX_VALUE
     *                  before its second); else -1. A thread whose datagrams come well apart may do itself the work
     *                  the batch's replies wait for (a disk sync of their leases) rather than wake another thread
     *                  for it. Otherwise the call must not block: datagrams are waiting in the socket, or, on a
     *                  worker, the other workers' batches.
     * @param whenSettled told, at once or later from any thread, whether the batch's replies may be sent; false
     *                    drops them (their leases could not be stored)
     */
    void end(long paceNanos, Consumer<Boolean> whenSettled);
}
