package org.nestor.core.server;

import org.nestor.core.lease.CommitBatch;
import org.nestor.core.net.ReceiveBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for synced lease files ({@code sync-commits}): the leases granted for the datagrams of one socket
 * read are forced to disk once, after the last of them, and only then do their replies go out.
 */
final class LeaseCommitBatch implements ReceiveBatch {
    private static final Logger PACKETS = LoggerFactory.getLogger("kea-dhcp4.packets");

    private final ThreadLocal<CommitBatch> open = new ThreadLocal<>();

    @Override
    public void begin() {
        open.set(CommitBatch.open());
    }

    @Override
    public boolean end() {
        CommitBatch batch = open.get();
        open.remove();
        try {
            batch.close();
            return true;
        } catch (RuntimeException e) {
            PACKETS.error("DHCP4_PACKET_PROCESS_STD_EXCEPTION exception occurred during packet processing: {}",
                    e.getMessage());
            return false;
        }
    }
}
