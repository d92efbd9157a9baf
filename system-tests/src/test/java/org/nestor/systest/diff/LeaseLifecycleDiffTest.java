package org.nestor.systest.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nestor.core.wire.Dhcp4Packet;

/** INIT-REBOOT, RENEW, RELEASE, DECLINE and INFORM: Nestor answers (or stays silent) as Kea does. */
class LeaseLifecycleDiffTest extends DifferentialTest {

    private Dhcp4Packet lease(String relay, String mac) throws Exception {
        Dhcp4Packet offer = servers.ask("DISCOVER " + mac, relay, Query.discover(mac)).assertSameReply();
        Dhcp4Packet ack = servers.ask("REQUEST " + mac, relay, Query.select(mac, Addresses.text(offer.yiaddr)))
                .assertSameReply();
        assertEquals(5, ack.messageType());
        return ack;
    }

    @Test
    void initRebootForAWrongAddressIsNakedWhenAuthoritative() throws Exception {
        String relay = "127.0.0.6";
        servers.ask("unknown client, address outside the subnet", relay,
                Query.initReboot("02:00:00:00:06:01", "203.0.113.5")).assertSame();
        servers.ask("unknown client, free address inside the pool", relay,
                Query.initReboot("02:00:00:00:06:02", "192.0.2.180")).assertSame();
        lease(relay, "02:00:00:00:06:03");
        servers.ask("known client, another address", relay,
                Query.initReboot("02:00:00:00:06:03", "192.0.2.185")).assertSame();
        assertSameLeases(6);
    }

    @Test
    void initRebootForAWrongAddressIsIgnoredOrNakedLikeKeaWhenNotAuthoritative() throws Exception {
        String relay = "127.0.0.7";
        servers.ask("unknown client, address outside the subnet", relay,
                Query.initReboot("02:00:00:00:07:01", "203.0.113.5")).assertSame();
        servers.ask("unknown client, free address inside the pool", relay,
                Query.initReboot("02:00:00:00:07:02", "192.0.2.210")).assertSame();
        lease(relay, "02:00:00:00:07:03");
        servers.ask("known client, another address", relay,
                Query.initReboot("02:00:00:00:07:03", "192.0.2.215")).assertSame();
        assertSameLeases(7);
    }

    @Test
    void renewWithCiaddrExtendsTheLease() throws Exception {
        String relay = "127.0.0.7";
        String mac = "02:00:00:00:07:11";
        String address = Addresses.text(lease(relay, mac).yiaddr);
        Dhcp4Packet ack = servers.ask("RENEW", relay, Query.renew(mac, address)).assertSameReply();
        assertEquals(5, ack.messageType());
        servers.ask("RENEW of someone else's address", relay, Query.renew("02:00:00:00:07:12", address))
                .assertSame();
        assertSameLeases(7);
    }

    @Test
    void releasedAddressIsFreeForTheNextDiscover() throws Exception {
        String relay = "127.0.0.12";
        String address = Addresses.text(lease(relay, "02:00:00:00:12:01").yiaddr);
        servers.tell("RELEASE", relay, Query.release("02:00:00:00:12:01", address)).assertSame();
        servers.tell("RELEASE by another client", relay, Query.release("02:00:00:00:12:09", address)).assertSame();
        servers.ask("DISCOVER by the releasing client", relay, Query.discover("02:00:00:00:12:01"))
                .assertSameReply();
        servers.ask("DISCOVER by another client", relay, Query.discover("02:00:00:00:12:02")).assertSameReply();
        assertSameLeases(12);
    }

    @Test
    void declinedAddressIsNotOfferedToAnotherClient() throws Exception {
        String relay = "127.0.0.12";
        String address = Addresses.text(lease(relay, "02:00:00:00:12:21").yiaddr);
        servers.tell("DECLINE", relay, Query.decline("02:00:00:00:12:21", address)).assertSame();
        Dhcp4Packet offer = servers.ask("DISCOVER by another client", relay, Query.discover("02:00:00:00:12:22"))
                .assertSameReply();
        assertTrue(offer.yiaddr != Addresses.toInt(address), "Kea does not offer a declined address");
        servers.ask("DISCOVER by the declining client", relay, Query.discover("02:00:00:00:12:21"))
                .assertSame();
        assertSameLeases(12);
    }

    @Test
    void relayedInformGetsConfigurationWithoutALease() throws Exception {
        String relay = "127.0.0.1";
        // The client's address is a loopback one so that the test can listen there: Kea answers a relayed
        // INFORM at its ciaddr (RFC 2131 4.3.5), not through the relay.
        Dhcp4Packet ack = servers.askExpectingReplyAt("INFORM", relay, "127.0.0.30",
                Query.inform("02:00:00:00:01:41", "127.0.0.30").parameters(1, 3, 6, 15, 42, 51, 58))
                .assertSameReply();
        assertEquals(5, ack.messageType());
        servers.ask("INFORM without ciaddr", relay, Query.inform("02:00:00:00:01:42", "0.0.0.0")).assertSame();
        assertSameLeases(1);
    }
}
