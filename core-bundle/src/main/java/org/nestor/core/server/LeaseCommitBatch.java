package org.nestor.core.server;

import java.util.function.Consumer;
import org.nestor.core.lease.CommitBatch;
import org.nestor.core.net.ReceiveBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for synced lease files ({@code sync-commits}): the leases granted for the datagrams of one socket
 * read (or for one datagram on a worker) are forced to disk on the lease file's sync thread, one force covering
 * every batch that asked meanwhile, and only then do their replies go out; the handling thread goes on with the
 * next datagrams meanwhile.
 */
final class LeaseCommitBatch implements ReceiveBatch {
    private static final Logger PACKETS = LoggerFactory.getLogger("kea-dhcp4.packets");

    private final ThreadLocal<CommitBatch> open = new ThreadLocal<>();

    @Override
    public void begin() {
        open.set(CommitBatch.open());
    }

    @Override
    public void end(Consumer<Boolean> whenSettled) {
        CommitBatch batch = open.get();
        open.remove();
        batch.closeThen(synced -> {
            if (!synced) {
                PACKETS.error("DHCP4_PACKET_PROCESS_STD_EXCEPTION exception occurred during packet processing: "
                        + "the lease file could not be synced; replies of leases not on disk are not sent");
            }
            whenSettled.accept(synced);
        });
    }
}
