package org.nestor.core.dhcp4;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nestor.core.config.HostIdentifierType;
import org.nestor.core.config.Reservation4;
import org.nestor.core.config.SharedNetwork4;
import org.nestor.core.config.Subnet4;
import org.nestor.core.wire.Dhcp4Packet;
import org.nestor.core.wire.MessageType4;
import org.nestor.hooks.api.lease.Ipv4;

class SelectionAndReservationTest {
    private static Subnet4 subnet(long id, String prefix, String first, String last, String poolClass) {
        return ConfigFixture.subnet(id, prefix, 24, List.of(ConfigFixture.pool(first, last, poolClass)),
                ConfigFixture.params());
    }

    private static Subnet4 relayed(Subnet4 s, String relay) {
        return new Subnet4(s.id(), s.prefix(), s.prefixLength(), s.pools(), "", List.of(Ipv4.parse(relay)), "",
                List.of(), s.reservations(), s.options(), s.sharedNetwork(), s.parameters());
    }

    private static Subnet4 inNetwork(Subnet4 s, String network, String clientClass) {
        return new Subnet4(s.id(), s.prefix(), s.prefixLength(), s.pools(), "", s.relayAddresses(), clientClass,
                List.of(), s.reservations(), s.options(), network, s.parameters());
    }

    @Test
    void relayedQueryUsesGiaddrAndIsAnsweredToTheRelayWithOption82Echoed() {
        ConfigFixture f = new ConfigFixture();
        f.subnets.add(subnet(1, "192.0.2.0", "192.0.2.10", "192.0.2.20", ""));
        f.subnets.add(subnet(2, "198.51.100.0", "198.51.100.10", "198.51.100.20", ""));
        EngineHarness h = new EngineHarness(f.build());
        Dhcp4Packet d = EngineHarness.query(MessageType4.DISCOVER, 1);
        d.giaddr = Ipv4.parse("198.51.100.1");
        byte[] rai = {1, 3, 'p', 'o', 'e'};
        d.options.put(82, rai);
        EngineHarness.Sent offer = h.unicast(d, d.giaddr);
        assertEquals(Ipv4.parse("198.51.100.10"), offer.reply().yiaddr);
        assertEquals(d.giaddr, offer.datagram().destinationAddress());
        assertEquals(10067, offer.datagram().destinationPort());
        assertArrayEquals(rai, offer.option(82));
        assertEquals(d.giaddr, offer.reply().giaddr);
    }

    @Test
    void linkSelectionSubOptionWinsOverGiaddr() {
        ConfigFixture f = new ConfigFixture();
        f.subnets.add(subnet(1, "192.0.2.0", "192.0.2.10", "192.0.2.20", ""));
        f.subnets.add(subnet(2, "198.51.100.0", "198.51.100.10", "198.51.100.20", ""));
        EngineHarness h = new EngineHarness(f.build());
        Dhcp4Packet d = EngineHarness.query(MessageType4.DISCOVER, 1);
        d.giaddr = Ipv4.parse("198.51.100.1");
        d.options.put(82, new byte[] {5, 4, (byte) 192, 0, 2, 0});
        assertEquals(Ipv4.parse("192.0.2.10"), h.unicast(d, d.giaddr).reply().yiaddr);
    }

    @Test
    void relayAddressesPickTheSubnetWhateverTheGiaddrPrefix() {
        ConfigFixture f = new ConfigFixture();
        f.subnets.add(relayed(subnet(1, "203.0.113.0", "203.0.113.10", "203.0.113.20", ""), "192.0.2.77"));
        EngineHarness h = new EngineHarness(f.build());
        Dhcp4Packet d = EngineHarness.query(MessageType4.DISCOVER, 1);
        d.giaddr = Ipv4.parse("192.0.2.77");
        assertEquals(Ipv4.parse("203.0.113.10"), h.unicast(d, d.giaddr).reply().yiaddr);
    }

    @Test
    void directBroadcastWithoutASubnetIsDropped() {
        ConfigFixture f = new ConfigFixture();
        f.subnets.add(subnet(2, "198.51.100.0", "198.51.100.10", "198.51.100.20", ""));
        EngineHarness h = new EngineHarness(f.build());
        assertNull(h.broadcast(EngineHarness.query(MessageType4.DISCOVER, 1)));
        assertEquals(1, h.stat("pkt4-receive-drop"));
    }

    @Test
    void sharedNetworkMovesToTheNextSubnetWhenTheFirstIsFull() {
        ConfigFixture f = new ConfigFixture();
        f.subnets.add(inNetwork(subnet(1, "192.0.2.0", "192.0.2.10", "192.0.2.10", ""), "net", ""));
        f.subnets.add(inNetwork(subnet(2, "198.51.100.0", "198.51.100.10", "198.51.100.10", ""), "net", ""));
        f.networks.add(new SharedNetwork4("net", "", List.of(), "", List.of(), List.of(), List.of(1L, 2L)));
        EngineHarness h = new EngineHarness(f.build());
        assertEquals(Ipv4.parse("192.0.2.10"), h.lease(1).reply().yiaddr);
        EngineHarness.Sent second = h.lease(2);
        assertEquals(Ipv4.parse("198.51.100.10"), second.reply().yiaddr);
        assertEquals(2, h.store.get(second.reply().yiaddr).orElseThrow().subnetId());
        assertArrayEquals(EngineHarness.addr("255.255.255.0"), second.option(1));
    }

    @Test
    void subnetClientClassGuardsSubnetSelection() {
        ConfigFixture f = new ConfigFixture();
        f.subnets.add(inNetwork(subnet(1, "192.0.2.0", "192.0.2.10", "192.0.2.20", ""), "", "VENDOR_CLASS_pxe"));
        EngineHarness h = new EngineHarness(f.build());
        assertNull(h.broadcast(EngineHarness.query(MessageType4.DISCOVER, 1)));
        Dhcp4Packet pxe = EngineHarness.query(MessageType4.DISCOVER, 2);
        pxe.options.put(60, "pxe".getBytes(StandardCharsets.US_ASCII));
        assertEquals(Ipv4.parse("192.0.2.10"), h.broadcast(pxe).reply().yiaddr);
    }

    @Test
    void poolClientClassGuardsThePool() {
        ConfigFixture f = new ConfigFixture();
        f.subnets.add(ConfigFixture.subnet(1, "192.0.2.0", 24, List.of(
                ConfigFixture.pool("192.0.2.10", "192.0.2.10", "VENDOR_CLASS_pxe"),
                ConfigFixture.pool("192.0.2.100", "192.0.2.100", "")), ConfigFixture.params()));
        EngineHarness h = new EngineHarness(f.build());
        assertEquals(Ipv4.parse("192.0.2.100"), h.broadcast(EngineHarness.query(MessageType4.DISCOVER, 1))
                .reply().yiaddr);
        Dhcp4Packet pxe = EngineHarness.query(MessageType4.DISCOVER, 2);
        pxe.options.put(60, "pxe".getBytes(StandardCharsets.US_ASCII));
        assertEquals(Ipv4.parse("192.0.2.10"), h.broadcast(pxe).reply().yiaddr);
    }

    @Test
    void poolReservedForAnotherClassCountsAClassesFailure() {
        ConfigFixture f = new ConfigFixture();
        f.subnets.add(ConfigFixture.subnet(1, "192.0.2.0", 24, List.of(
                ConfigFixture.pool("192.0.2.10", "192.0.2.10", "VENDOR_CLASS_pxe")), ConfigFixture.params()));
        EngineHarness h = new EngineHarness(f.build());
        assertNull(h.broadcast(EngineHarness.query(MessageType4.DISCOVER, 1)));
        assertEquals(1, h.stat("v4-allocation-fail-classes"));
    }

    @Test
    void reservedAddressOutsideThePoolIsGivenWithTheReservedHostname() {
        ConfigFixture f = new ConfigFixture();
        Reservation4 r = ConfigFixture.hwReservation(EngineHarness.mac(1), "192.0.2.200", "printer");
        f.subnets.add(ConfigFixture.with(subnet(1, "192.0.2.0", "192.0.2.10", "192.0.2.20", ""), List.of(r),
                List.of()));
        EngineHarness h = new EngineHarness(f.build());
        Dhcp4Packet d = EngineHarness.query(MessageType4.DISCOVER, 1);
        d.options.put(55, new byte[] {12});
        EngineHarness.Sent offer = h.broadcast(d);
        assertEquals(Ipv4.parse("192.0.2.200"), offer.reply().yiaddr);
        assertArrayEquals("printer".getBytes(StandardCharsets.US_ASCII), offer.option(12));
        EngineHarness.Sent ack = h.lease(1);
        assertEquals("printer", h.store.get(ack.reply().yiaddr).orElseThrow().hostname());
    }

    @Test
    void anAddressReservedInThePoolIsNotGivenToOthers() {
        ConfigFixture f = new ConfigFixture();
        Reservation4 r = ConfigFixture.hwReservation(EngineHarness.mac(9), "192.0.2.10", "");
        f.subnets.add(ConfigFixture.with(subnet(1, "192.0.2.0", "192.0.2.10", "192.0.2.11", ""), List.of(r),
                List.of()));
        EngineHarness h = new EngineHarness(f.build());
        Dhcp4Packet d = EngineHarness.query(MessageType4.DISCOVER, 1);
        d.options.put(50, EngineHarness.addr("192.0.2.10"));
        assertEquals(Ipv4.parse("192.0.2.11"), h.broadcast(d).reply().yiaddr);
        Dhcp4Packet req = EngineHarness.query(MessageType4.REQUEST, 1);
        req.options.put(50, EngineHarness.addr("192.0.2.10"));
        req.options.put(54, Bytes.of32(Integer.toUnsignedLong(EngineHarness.IFACE_ADDRESS)));
        assertEquals(MessageType4.NAK.code(), h.broadcast(req).type());
    }

    @Test
    void reservedAddressHeldByAnotherClientIsNotHandedOut() {
        ConfigFixture f = new ConfigFixture();
        f.subnets.add(subnet(1, "192.0.2.0", "192.0.2.10", "192.0.2.20", ""));
        EngineHarness h = new EngineHarness(f.build());
        int held = h.lease(1).reply().yiaddr;
        ConfigFixture g = new ConfigFixture();
        Reservation4 r = ConfigFixture.hwReservation(EngineHarness.mac(2), Ipv4.toText(held), "");
        g.subnets.add(ConfigFixture.with(subnet(1, "192.0.2.0", "192.0.2.10", "192.0.2.20", ""), List.of(r),
                List.of()));
        h.engine.reconfigure(g.build());
        assertNotEquals(held, h.broadcast(EngineHarness.query(MessageType4.DISCOVER, 2)).reply().yiaddr);
        assertEquals(1, h.stat("subnet[1].v4-reservation-conflicts"));
    }

    @Test
    void circuitIdReservationIsFoundThroughOption82() {
        ConfigFixture f = new ConfigFixture();
        Reservation4 r = new Reservation4(HostIdentifierType.CIRCUIT_ID, new byte[] {'p', 'o', 'e'},
                Ipv4.parse("192.0.2.222"), "", List.of(), List.of(), 0, "", "");
        f.subnets.add(ConfigFixture.with(subnet(1, "192.0.2.0", "192.0.2.10", "192.0.2.20", ""), List.of(r),
                List.of()));
        EngineHarness h = new EngineHarness(f.build());
        Dhcp4Packet d = EngineHarness.query(MessageType4.DISCOVER, 1);
        d.giaddr = Ipv4.parse("192.0.2.1");
        d.options.put(82, new byte[] {1, 3, 'p', 'o', 'e'});
        assertEquals(Ipv4.parse("192.0.2.222"), h.unicast(d, d.giaddr).reply().yiaddr);
    }

    @Test
    void globalReservationAppliesWhenReservationsGlobalIsOn() {
        ConfigFixture f = new ConfigFixture();
        var p = ConfigFixture.params();
        var global = new org.nestor.core.config.SubnetParameters4(p.valid(), p.renewTimer(), p.rebindTimer(),
                false, 0.5, 0.875, true, false, 0, "", "", true, true, false, p.hostnameCharSet(), "", 0, false, "");
        f.subnets.add(ConfigFixture.subnet(1, "192.0.2.0", 24,
                List.of(ConfigFixture.pool("192.0.2.10", "192.0.2.20", "")), global));
        f.globalReservations.add(ConfigFixture.hwReservation(EngineHarness.mac(1), "192.0.2.150", ""));
        EngineHarness h = new EngineHarness(f.build());
        assertEquals(Ipv4.parse("192.0.2.150"), h.lease(1).reply().yiaddr);
    }
}
