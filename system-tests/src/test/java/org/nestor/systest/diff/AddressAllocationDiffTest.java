package org.nestor.systest.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nestor.core.wire.Dhcp4Packet;

/** DISCOVER/REQUEST, lifetimes and timers: Nestor answers as Kea does. */
class AddressAllocationDiffTest extends DifferentialTest {

    @Test
    void discoverThenRequestGetOfferAndAckLikeKea() throws Exception {
        String relay = "127.0.0.1";
        Dhcp4Packet offer = servers.ask("DISCOVER", relay, Query.discover("02:00:00:00:01:01")).assertSameReply();
        assertEquals(2, offer.messageType());
        String address = Addresses.text(offer.yiaddr);
        Dhcp4Packet ack = servers.ask("REQUEST", relay, Query.select("02:00:00:00:01:01", address))
                .assertSameReply();
        assertEquals(5, ack.messageType());
        assertSameLeases(1);
    }

    @Test
    void parameterRequestListSelectsOptionsAndAlwaysSendAddsTheRest() throws Exception {
        String relay = "127.0.0.1";
        servers.ask("no option 55", relay, Query.discover("02:00:00:00:01:02")).assertSameReply();
        servers.ask("55 = routers, ntp", relay, Query.discover("02:00:00:00:01:03").parameters(3, 42))
                .assertSameReply();
        servers.ask("55 = time-offset, dns, domain, unknown 200", relay,
                Query.discover("02:00:00:00:01:04").parameters(2, 6, 15, 200)).assertSameReply();
        Dhcp4Packet reply = servers.ask("55 = my-message", relay,
                Query.discover("02:00:00:00:01:05").parameters(234, 1)).assertSameReply();
        assertEquals("Hello", new String(reply.option(234)));
    }

    @Test
    void requestedLifetimeIsClampedToMinAndMax() throws Exception {
        String relay = "127.0.0.2";
        for (int asked : new int[] {100, 3000, 9000}) {
            String mac = "02:00:00:00:02:0" + (asked % 7);
            byte[] lifetime = {(byte) (asked >>> 24), (byte) (asked >>> 16), (byte) (asked >>> 8), (byte) asked};
            Dhcp4Packet offer = servers.ask("DISCOVER asking " + asked + " s", relay,
                    Query.discover(mac).option(51, lifetime)).assertSameReply();
            servers.ask("REQUEST asking " + asked + " s", relay,
                    Query.select(mac, Addresses.text(offer.yiaddr)).option(51, lifetime)).assertSameReply();
        }
        assertSameLeases(2);
    }

    @Test
    void renewAndRebindTimesAreCalculatedFromPercentages() throws Exception {
        String relay = "127.0.0.3";
        Dhcp4Packet offer = servers.ask("DISCOVER", relay, Query.discover("02:00:00:00:03:01")).assertSameReply();
        servers.ask("REQUEST", relay, Query.select("02:00:00:00:03:01", Addresses.text(offer.yiaddr)))
                .assertSameReply();
        assertSameLeases(3);
    }
}
