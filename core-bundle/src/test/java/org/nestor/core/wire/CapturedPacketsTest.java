package org.nestor.core.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapturedPacketsTest {

    @Test
    void everyCaptureSurvivesDecodeEncodeDecode() throws Exception {
        for (String name : Captures.ALL) {
            Dhcp4Packet first = Captures.decode(name);
            byte[] again = Dhcp4Codec.encode(first, 1500);
            Dhcp4Packet second = Dhcp4Codec.decode(again, 0, again.length);
            assertNull(Captures.difference(first, second), name);
        }
    }

    @Test
    void clientMessagesReEncodeToTheBytesTheClientSent() throws Exception {
        for (String name : List.of("udhcpc-discover", "dhclient-discover", "dhclient-request")) {
            byte[] wire = Captures.load(name);
            Dhcp4Packet p = Dhcp4Codec.decode(wire, 0, wire.length);
            byte[] again = Dhcp4Codec.encode(p, 576);
            assertEquals(wire.length, again.length, name);
            int end = endOfOptions(wire);
            assertArrayEquals(java.util.Arrays.copyOf(wire, end), java.util.Arrays.copyOf(again, end), name);
        }
    }

    @Test
    void udhcpcDiscoverCarriesWhatTheClientWasToldToSend() throws Exception {
        Dhcp4Packet p = Captures.decode("udhcpc-discover");
        assertEquals(Dhcp4Packet.BOOTREQUEST, p.op);
        assertEquals(MessageType4.DISCOVER.code(), p.messageType());
        assertEquals("nestor-test", new String(p.option(12), StandardCharsets.US_ASCII));
        assertEquals("testvendor", new String(p.option(60), StandardCharsets.US_ASCII));
        assertEquals(0x483f8a5a, p.xid);
    }

    @Test
    void labelMatchesTheOneKeaLoggedForTheSameDiscover() throws Exception {
        assertEquals("[hwtype=1 3e:1b:4e:86:46:1e], cid=[01:3e:1b:4e:86:46:1e], tid=0x483f8a5a",
                PacketLabel.of(Captures.decode("udhcpc-discover")));
    }

    @Test
    void dhclientRequestNamesTheOfferedAddressAndServer() throws Exception {
        Dhcp4Packet p = Captures.decode("dhclient-request");
        assertEquals(MessageType4.REQUEST.code(), p.messageType());
        assertArrayEquals(new byte[] {(byte) 192, 0, 2, 100}, p.option(50));
        assertArrayEquals(new byte[] {(byte) 192, 0, 2, 1}, p.option(54));
    }

    @Test
    void keaRelayedOfferGoesBackToTheRelay() throws Exception {
        Dhcp4Packet discover = Captures.decode("perfdhcp-discover");
        Dhcp4Packet offer = Captures.decode("kea-offer-relayed");
        assertEquals(Dhcp4Packet.BOOTREPLY, offer.op);
        assertEquals(MessageType4.OFFER.code(), offer.messageType());
        assertEquals(discover.xid, offer.xid);
        assertEquals(0x7f000001, discover.giaddr);
        assertEquals(discover.giaddr, offer.giaddr);
        assertTrue(discover.hops >= 1);
    }

    private static int endOfOptions(byte[] wire) {
        int i = 240;
        while (i < wire.length && (wire[i] & 0xff) != 255) {
            i += wire[i] == 0 ? 1 : 2 + (wire[i + 1] & 0xff);
        }
        return i + 1;
    }
}
