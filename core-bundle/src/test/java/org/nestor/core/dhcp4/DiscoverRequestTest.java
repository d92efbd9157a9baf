package org.nestor.core.dhcp4;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nestor.core.wire.Dhcp4Packet;
import org.nestor.core.wire.MessageType4;
import org.nestor.hooks.api.lease.Ipv4;
import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.lease.LeaseState;

class DiscoverRequestTest {
    private static EngineHarness harness() {
        ConfigFixture f = new ConfigFixture();
        f.subnets.add(ConfigFixture.subnet(1, "192.0.2.0", 24,
                List.of(ConfigFixture.pool("192.0.2.10", "192.0.2.20", "")), ConfigFixture.params()));
        f.globalOptions.add(ConfigFixture.addressOption(3, "192.0.2.1"));
        return new EngineHarness(f.build());
    }

    @Test
    void discoverGetsAnOfferButNoLeaseIsWritten() {
        EngineHarness h = harness();
        EngineHarness.Sent offer = h.broadcast(EngineHarness.query(MessageType4.DISCOVER, 1));
        assertEquals(MessageType4.OFFER.code(), offer.type());
        assertEquals(Ipv4.parse("192.0.2.10"), offer.reply().yiaddr);
        assertArrayEquals(Bytes.of32(Integer.toUnsignedLong(EngineHarness.IFACE_ADDRESS)), offer.option(54));
        assertArrayEquals(Bytes.of32(4000), offer.option(51));
        assertArrayEquals(Bytes.of32(1000), offer.option(58));
        assertArrayEquals(Bytes.of32(2000), offer.option(59));
        assertArrayEquals(EngineHarness.addr("255.255.255.0"), offer.option(1));
        assertArrayEquals(EngineHarness.addr("192.0.2.1"), offer.option(3), "routers is always appended");
        assertEquals(0, h.store.size());
        assertEquals(1, h.stat("pkt4-discover-received"));
        assertEquals(1, h.stat("pkt4-offer-sent"));
        assertEquals(1, h.stat("pkt4-sent"));
    }

    @Test
    void requestInSelectingStateWritesTheLeaseBeforeTheAck() {
        EngineHarness h = harness();
        EngineHarness.Sent ack = h.lease(1);
        assertEquals(MessageType4.ACK.code(), ack.type());
        Lease4 lease = h.store.get(ack.reply().yiaddr).orElseThrow();
        assertArrayEquals(EngineHarness.mac(1), lease.hwAddress());
        assertEquals(4000, lease.validLifetime());
        assertEquals(1, lease.subnetId());
        assertEquals(1, h.stat("subnet[1].assigned-addresses"));
        assertEquals(1, h.stat("cumulative-assigned-addresses"));
        assertEquals(11, h.stat("subnet[1].total-addresses"));
        assertEquals(EngineHarness.BROADCAST, ack.datagram().destinationAddress());
        assertEquals(10068, ack.datagram().destinationPort());
    }

    @Test
    void requestNamingAnotherServerIsIgnoredSilently() {
        EngineHarness h = harness();
        Dhcp4Packet req = EngineHarness.query(MessageType4.REQUEST, 1);
        req.options.put(50, EngineHarness.addr("192.0.2.10"));
        req.options.put(54, EngineHarness.addr("198.51.100.7"));
        assertNull(h.broadcast(req));
        assertEquals(0, h.store.size());
        assertEquals(1, h.stat("pkt4-receive-drop"));
    }

    @Test
    void twoClientsAreOfferedDifferentAddresses() {
        EngineHarness h = harness();
        int a = h.broadcast(EngineHarness.query(MessageType4.DISCOVER, 1)).reply().yiaddr;
        int b = h.broadcast(EngineHarness.query(MessageType4.DISCOVER, 2)).reply().yiaddr;
        assertNotEquals(a, b);
    }

    @Test
    void discoverOffersTheClientsExistingLease() {
        EngineHarness h = harness();
        h.lease(2);
        int leased = h.lease(1).reply().yiaddr;
        assertEquals(leased, h.broadcast(EngineHarness.query(MessageType4.DISCOVER, 1)).reply().yiaddr);
    }

    @Test
    void requestedAddressIsOfferedWhenFree() {
        EngineHarness h = harness();
        Dhcp4Packet d = EngineHarness.query(MessageType4.DISCOVER, 1);
        d.options.put(50, EngineHarness.addr("192.0.2.15"));
        assertEquals(Ipv4.parse("192.0.2.15"), h.broadcast(d).reply().yiaddr);
    }

    @Test
    void renewingClientIsAnsweredByUnicastAndItsLeaseExtended() {
        EngineHarness h = harness();
        int address = h.lease(1).reply().yiaddr;
        h.clock.advanceSeconds(1000);
        Dhcp4Packet renew = EngineHarness.query(MessageType4.REQUEST, 1);
        renew.ciaddr = address;
        EngineHarness.Sent ack = h.unicast(renew, address);
        assertEquals(MessageType4.ACK.code(), ack.type());
        assertEquals(address, ack.datagram().destinationAddress());
        assertEquals(address, ack.reply().ciaddr);
        assertEquals(h.clock.millis() / 1000, h.store.get(address).orElseThrow().cltt());
        assertEquals(1, h.stat("subnet[1].assigned-addresses"));
    }

    @Test
    void rebindingClientBroadcastingWithCiaddrIsAcked() {
        EngineHarness h = harness();
        int address = h.lease(1).reply().yiaddr;
        Dhcp4Packet rebind = EngineHarness.query(MessageType4.REQUEST, 1);
        rebind.ciaddr = address;
        EngineHarness.Sent ack = h.send(rebind, address, EngineHarness.BROADCAST);
        assertEquals(MessageType4.ACK.code(), ack.type());
        assertEquals(address, ack.reply().yiaddr);
    }

    @Test
    void requestForAnAddressHeldByAnotherClientIsNaked() {
        EngineHarness h = harness();
        int taken = h.lease(1).reply().yiaddr;
        Dhcp4Packet req = EngineHarness.query(MessageType4.REQUEST, 2);
        req.options.put(50, Bytes.of32(Integer.toUnsignedLong(taken)));
        req.options.put(54, Bytes.of32(Integer.toUnsignedLong(EngineHarness.IFACE_ADDRESS)));
        EngineHarness.Sent nak = h.broadcast(req);
        assertEquals(MessageType4.NAK.code(), nak.type());
        assertEquals(0, nak.reply().yiaddr);
        assertEquals(EngineHarness.BROADCAST, nak.datagram().destinationAddress());
        assertEquals(1, h.stat("pkt4-nak-sent"));
        assertArrayEquals(EngineHarness.mac(1), h.store.get(taken).orElseThrow().hwAddress());
    }

    @Test
    void initRebootOfAnUnknownClientIsIgnoredWhenNotAuthoritative() {
        EngineHarness h = harness();
        Dhcp4Packet req = EngineHarness.query(MessageType4.REQUEST, 1);
        req.options.put(50, EngineHarness.addr("192.0.2.12"));
        assertNull(h.broadcast(req));
        assertEquals(0, h.store.size());
    }

    @Test
    void initRebootForAnotherAddressThanTheLeaseIsNaked() {
        EngineHarness h = harness();
        int leased = h.lease(1).reply().yiaddr;
        Dhcp4Packet req = EngineHarness.query(MessageType4.REQUEST, 1);
        req.options.put(50, EngineHarness.addr("192.0.2.19"));
        assertEquals(MessageType4.NAK.code(), h.broadcast(req).type());
        assertTrue(h.store.get(leased).isPresent());
        req.options.put(50, Bytes.of32(Integer.toUnsignedLong(leased)));
        assertEquals(MessageType4.ACK.code(), h.broadcast(req).type());
    }

    @Test
    void initRebootOfAnUnknownClientIsNakedWhenAuthoritative() {
        ConfigFixture f = new ConfigFixture();
        var p = ConfigFixture.params();
        var auth = new org.nestor.core.config.SubnetParameters4(p.valid(), p.renewTimer(), p.rebindTimer(),
                false, 0.5, 0.875, true, true, 0, "", "", false, true, false, p.hostnameCharSet(), "", 0, false, "");
        f.subnets.add(ConfigFixture.subnet(1, "192.0.2.0", 24,
                List.of(ConfigFixture.pool("192.0.2.10", "192.0.2.20", "")), auth));
        EngineHarness h = new EngineHarness(f.build());
        Dhcp4Packet req = EngineHarness.query(MessageType4.REQUEST, 1);
        req.options.put(50, EngineHarness.addr("10.0.0.5"));
        assertEquals(MessageType4.NAK.code(), h.broadcast(req).type());
    }

    @Test
    void exhaustedPoolGivesNoOfferAndCountsTheFailure() {
        ConfigFixture f = new ConfigFixture();
        f.subnets.add(ConfigFixture.subnet(1, "192.0.2.0", 24,
                List.of(ConfigFixture.pool("192.0.2.10", "192.0.2.10", "")), ConfigFixture.params()));
        EngineHarness h = new EngineHarness(f.build());
        h.lease(1);
        assertNull(h.broadcast(EngineHarness.query(MessageType4.DISCOVER, 2)));
        assertEquals(1, h.stat("v4-allocation-fail"));
        assertEquals(1, h.stat("v4-allocation-fail-subnet"));
    }

    @Test
    void anExpiredLeaseIsReusedForAnotherClient() {
        ConfigFixture f = new ConfigFixture();
        f.subnets.add(ConfigFixture.subnet(1, "192.0.2.0", 24,
                List.of(ConfigFixture.pool("192.0.2.10", "192.0.2.10", "")), ConfigFixture.params()));
        EngineHarness h = new EngineHarness(f.build());
        int address = h.lease(1).reply().yiaddr;
        h.clock.advanceSeconds(4001);
        EngineHarness.Sent ack = h.lease(2);
        assertNotNull(ack);
        assertEquals(address, ack.reply().yiaddr);
        Lease4 lease = h.store.get(address).orElseThrow();
        assertArrayEquals(EngineHarness.mac(2), lease.hwAddress());
        assertEquals(LeaseState.DEFAULT, lease.state());
        assertEquals(1, h.stat("subnet[1].assigned-addresses"));
    }

    @Test
    void requestMovingToAnotherAddressRemovesTheOldLease() {
        EngineHarness h = harness();
        int old = h.lease(1).reply().yiaddr;
        Dhcp4Packet req = EngineHarness.query(MessageType4.REQUEST, 1);
        req.options.put(50, EngineHarness.addr("192.0.2.18"));
        req.options.put(54, Bytes.of32(Integer.toUnsignedLong(EngineHarness.IFACE_ADDRESS)));
        assertEquals(MessageType4.ACK.code(), h.broadcast(req).type());
        assertTrue(h.store.get(old).isEmpty());
        assertEquals(1, h.store.size());
        assertEquals(1, h.stat("subnet[1].assigned-addresses"));
    }
}
