package org.nestor.core.dhcp4;

import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;
import org.nestor.core.wire.Dhcp4Packet;

/**
 * Serialises the packets of one client (as Kea's multi-threaded client handler does) while different clients run
 * in parallel: striped by hardware address, or client identifier when there is no hardware address.
 */
final class ClientLocks {
    private final ReentrantLock[] stripes = new ReentrantLock[512];

    ClientLocks() {
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    ReentrantLock of(Dhcp4Packet q) {
        byte[] key = q.hlen > 0 ? q.hwAddress() : q.option(ReplyBuilder.CLIENT_ID);
        int h = key == null ? 0 : Arrays.hashCode(key) * 0x9E3779B9;
        return stripes[(h >>> 16) % stripes.length];
    }
}
