package org.nestor.core.server;

import java.util.function.Consumer;
import org.nestor.core.lease.CommitBatch;
import org.nestor.core.net.ReceiveBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for synced lease files ({@code sync-commits}): the leases granted for the datagrams of one socket
 * read (or for one datagram on a worker) are forced to disk once, and only then do their replies go out.
 * <ul>
 * <li>With no commit delay, a batch of one datagram on a receiving thread whose datagrams come further apart than a
 * force of the lease file takes (see {@link ReceiveBatch#end}) is forced by that thread itself, unless the sync
 * thread is forcing already: at a low rate no other thread is woken per lease, and the next datagram seldom waits
 * for the force.</li>
 * <li>Otherwise the lease file's sync thread forces it while the handling thread goes on with the next datagrams,
 * and one force covers every batch that asked meanwhile. Under load the receiving thread so never waits for the
 * disk, and datagrams do not pile up in the socket behind a slow sync.</li>
 * </ul>
 */
final class LeaseCommitBatch implements ReceiveBatch {
    private static final Logger PACKETS = LoggerFactory.getLogger("kea-dhcp4.packets");

    private final ThreadLocal<CommitBatch> open = new ThreadLocal<>();

    @Override
    public void begin() {
        open.set(CommitBatch.open());
    }

    @Override
    public void end(long paceNanos, Consumer<Boolean> whenSettled) {
        CommitBatch batch = open.get();
        open.remove();
        if (paceNanos >= 0) {
            batch.closeHereOrThen(paceNanos, synced -> settle(synced, whenSettled));
        } else {
            batch.closeThen(synced -> settle(synced, whenSettled));
        }
    }

    private static void settle(boolean synced, Consumer<Boolean> whenSettled) {
        if (!synced) {
            PACKETS.error("DHCP4_PACKET_PROCESS_STD_EXCEPTION exception occurred during packet processing: "
                    + "the lease file could not be synced; replies of leases not on disk are not sent");
        }
        whenSettled.accept(synced);
    }
}
