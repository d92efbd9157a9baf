package org.nestor.core.dhcp4;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nestor.core.wire.Dhcp4Packet;
import org.nestor.core.wire.MessageType4;
import org.nestor.hooks.api.lease.Ipv4;
import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.lease.LeaseState;

class ReleaseDeclineInformTest {
    private static EngineHarness harness() {
        ConfigFixture f = new ConfigFixture();
        f.declineProbation = 3600;
        f.subnets.add(ConfigFixture.subnet(1, "192.0.2.0", 24,
                List.of(ConfigFixture.pool("192.0.2.10", "192.0.2.20", "")), ConfigFixture.params()));
        f.globalOptions.add(ConfigFixture.addressOption(6, "192.0.2.53"));
        return new EngineHarness(f.build());
    }

    @Test
    void releaseByTheOwnerDeletesTheLease() {
        EngineHarness h = harness();
        int address = h.lease(1).reply().yiaddr;
        Dhcp4Packet rel = EngineHarness.query(MessageType4.RELEASE, 1);
        rel.ciaddr = address;
        assertNull(h.unicast(rel, address));
        assertTrue(h.store.get(address).isEmpty());
        assertEquals(0, h.stat("subnet[1].assigned-addresses"));
        assertEquals(1, h.stat("pkt4-release-received"));
    }

    @Test
    void releaseByAnotherClientLeavesTheLease() {
        EngineHarness h = harness();
        int address = h.lease(1).reply().yiaddr;
        Dhcp4Packet rel = EngineHarness.query(MessageType4.RELEASE, 2);
        rel.ciaddr = address;
        h.unicast(rel, address);
        assertTrue(h.store.get(address).isPresent());
        assertEquals(1, h.stat("subnet[1].assigned-addresses"));
    }

    @Test
    void declinePutsTheLeaseOnProbationAndKeepsItFromOthers() {
        EngineHarness h = harness();
        int address = h.lease(1).reply().yiaddr;
        Dhcp4Packet dec = EngineHarness.query(MessageType4.DECLINE, 1);
        dec.options.put(50, Bytes.of32(Integer.toUnsignedLong(address)));
        assertNull(h.broadcast(dec));
        Lease4 lease = h.store.get(address).orElseThrow();
        assertEquals(LeaseState.DECLINED, lease.state());
        assertEquals(3600, lease.validLifetime());
        assertEquals(0, lease.hwAddress().length);
        assertEquals(1, h.stat("declined-addresses"));
        assertEquals(1, h.stat("subnet[1].declined-addresses"));
        Dhcp4Packet d = EngineHarness.query(MessageType4.DISCOVER, 2);
        d.options.put(50, Bytes.of32(Integer.toUnsignedLong(address)));
        assertTrue(h.broadcast(d).reply().yiaddr != address);
    }

    @Test
    void declineByAnotherClientChangesNothing() {
        EngineHarness h = harness();
        int address = h.lease(1).reply().yiaddr;
        Dhcp4Packet dec = EngineHarness.query(MessageType4.DECLINE, 2);
        dec.options.put(50, Bytes.of32(Integer.toUnsignedLong(address)));
        h.broadcast(dec);
        assertEquals(LeaseState.DEFAULT, h.store.get(address).orElseThrow().state());
        assertEquals(0, h.stat("declined-addresses"));
    }

    @Test
    void declineWithoutRequestedAddressIsDropped() {
        EngineHarness h = harness();
        h.broadcast(EngineHarness.query(MessageType4.DECLINE, 1));
        assertEquals(1, h.stat("pkt4-receive-drop"));
    }

    @Test
    void informIsAnsweredWithOptionsOnlyToCiaddr() {
        EngineHarness h = harness();
        Dhcp4Packet inf = EngineHarness.query(MessageType4.INFORM, 1);
        inf.ciaddr = Ipv4.parse("192.0.2.99");
        inf.options.put(55, new byte[] {1, 6});
        EngineHarness.Sent ack = h.unicast(inf, inf.ciaddr);
        assertEquals(MessageType4.ACK.code(), ack.type());
        assertEquals(0, ack.reply().yiaddr);
        assertNull(ack.option(51));
        assertNull(ack.option(58));
        assertArrayEquals(EngineHarness.addr("192.0.2.53"), ack.option(6));
        assertNull(ack.option(1), "Kea sends the subnet mask with leases only, not to INFORM");
        assertEquals(inf.ciaddr, ack.datagram().destinationAddress());
        assertEquals(10068, ack.datagram().destinationPort());
        assertEquals(0, h.store.size());
    }

    @Test
    void relayedInformWithoutCiaddrIsAnsweredThroughTheRelay() {
        EngineHarness h = harness();
        Dhcp4Packet inf = EngineHarness.query(MessageType4.INFORM, 1);
        inf.giaddr = Ipv4.parse("192.0.2.254");
        inf.hops = 1;
        EngineHarness.Sent ack = h.unicast(inf, inf.giaddr);
        assertEquals(inf.giaddr, ack.datagram().destinationAddress());
        assertEquals(10067, ack.datagram().destinationPort());
        assertEquals(inf.giaddr, ack.reply().giaddr);
        assertTrue(ack.reply().broadcastFlag(), "Kea asks the relay to broadcast to a client without address");
    }

    @Test
    void relayedInformWithCiaddrIsAnsweredAtCiaddrNotThroughTheRelayAsKeaDoes() {
        EngineHarness h = harness();
        Dhcp4Packet inf = EngineHarness.query(MessageType4.INFORM, 1);
        inf.ciaddr = Ipv4.parse("192.0.2.99");
        inf.giaddr = Ipv4.parse("192.0.2.254");
        inf.hops = 1;
        EngineHarness.Sent ack = h.unicast(inf, inf.giaddr);
        assertEquals(inf.ciaddr, ack.datagram().destinationAddress());
        assertEquals(10068, ack.datagram().destinationPort());
        assertEquals(0, ack.reply().giaddr);
        assertEquals(0, ack.reply().hops);
    }
}
