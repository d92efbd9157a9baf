package org.nestor.core.dhcp4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.nestor.core.wire.Dhcp4Packet;
import org.nestor.core.wire.MessageType4;
import org.nestor.hooks.api.lease.Lease4;

class EngineRobustnessTest {
    private static ConfigFixture fixture(String last) {
        ConfigFixture f = new ConfigFixture();
        f.subnets.add(ConfigFixture.subnet(1, "192.0.2.0", 24,
                List.of(ConfigFixture.pool("192.0.2.10", last, "")), ConfigFixture.params()));
        return f;
    }

    @Test
    void malformedDatagramIsCountedAndDropped() {
        EngineHarness h = new EngineHarness(fixture("192.0.2.20").build());
        assertNull(h.raw(new byte[] {'g', 'a', 'r', 'b', 'a', 'g', 'e'}, 0, EngineHarness.BROADCAST));
        assertEquals(1, h.stat("pkt4-received"));
        assertEquals(1, h.stat("pkt4-parse-failed"));
        assertEquals(1, h.stat("pkt4-receive-drop"));
    }

    @Test
    void disabledServiceDropsEverythingUntilEnabledAgain() {
        EngineHarness h = new EngineHarness(fixture("192.0.2.20").build());
        h.engine.setEnabled(false);
        assertNull(h.broadcast(EngineHarness.query(MessageType4.DISCOVER, 1)));
        assertEquals(1, h.stat("pkt4-receive-drop"));
        h.engine.setEnabled(true);
        assertNotNull(h.broadcast(EngineHarness.query(MessageType4.DISCOVER, 1)));
    }

    @Test
    void unsupportedAndMissingMessageTypesAreDropped() {
        EngineHarness h = new EngineHarness(fixture("192.0.2.20").build());
        Dhcp4Packet forceRenew = EngineHarness.query(MessageType4.DISCOVER, 1);
        forceRenew.options.put(53, new byte[] {9});
        assertNull(h.broadcast(forceRenew));
        assertEquals(1, h.stat("pkt4-unknown-received"));
        Dhcp4Packet bootp = EngineHarness.query(MessageType4.DISCOVER, 1);
        bootp.options.remove(53);
        assertNull(h.broadcast(bootp));
        Dhcp4Packet offer = EngineHarness.query(MessageType4.OFFER, 1);
        assertNull(h.broadcast(offer));
        assertEquals(1, h.stat("pkt4-offer-received"));
        assertEquals(3, h.stat("pkt4-receive-drop"));
    }

    @Test
    void nakToARelayHasTheBroadcastBitSet() {
        EngineHarness h = new EngineHarness(fixture("192.0.2.20").build());
        Dhcp4Packet req = EngineHarness.query(MessageType4.REQUEST, 1);
        req.giaddr = EngineHarness.IFACE_ADDRESS;
        req.ciaddr = org.nestor.hooks.api.lease.Ipv4.parse("192.0.2.200");
        EngineHarness.Sent nak = h.unicast(req, req.giaddr);
        assertEquals(MessageType4.NAK.code(), nak.type());
        assertTrue(nak.reply().broadcastFlag());
        assertEquals(req.giaddr, nak.datagram().destinationAddress());
    }

    @Test
    void reconfigurationKeepsLeasesAndRebuildsPoolsFromTheStore() {
        EngineHarness h = new EngineHarness(fixture("192.0.2.20").build());
        int first = h.lease(1).reply().yiaddr;
        h.engine.reconfigure(fixture("192.0.2.30").build());
        assertEquals(21, h.stat("subnet[1].total-addresses"));
        assertEquals(1, h.stat("subnet[1].assigned-addresses"));
        int second = h.lease(2).reply().yiaddr;
        assertTrue(second != first);
        assertEquals(first, h.broadcast(EngineHarness.query(MessageType4.DISCOVER, 1)).reply().yiaddr);
    }

    @Test
    void concurrentClientsNeverShareAnAddress() throws Exception {
        EngineHarness h = new EngineHarness(fixture("192.0.2.209").build());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        Set<Integer> granted = ConcurrentHashMap.newKeySet();
        for (int i = 0; i < 200; i++) {
            int client = i;
            pool.submit(() -> {
                EngineHarness.Sent ack = h.lease(client);
                if (ack != null && ack.type() == MessageType4.ACK.code()) {
                    granted.add(ack.reply().yiaddr);
                }
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
        Set<String> owners = new HashSet<>();
        for (Lease4 l : h.store.getAll()) {
            owners.add(java.util.Arrays.toString(l.hwAddress()));
        }
        assertEquals(h.store.size(), owners.size(), "one lease per client");
        assertEquals(granted.size(), h.store.size());
        assertEquals(h.store.size(), h.stat("subnet[1].assigned-addresses"));
    }
}
