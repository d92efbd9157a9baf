package org.nestor.systest.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nestor.core.wire.Dhcp4Packet;

/** Host reservations (subnet 4 through relay 127.0.0.4): Nestor answers as Kea does. */
class ReservationDiffTest extends DifferentialTest {
    private static final String RELAY = "127.0.0.4";

    @Test
    void reservationByHardwareAddressGivesAddressHostnameBootFieldsAndOptions() throws Exception {
        String mac = "02:00:00:00:04:01";
        Dhcp4Packet offer = servers.ask("DISCOVER", RELAY, Query.discover(mac).parameters(1, 3, 6, 12, 15))
                .assertSameReply();
        assertEquals("192.0.2.100", Addresses.text(offer.yiaddr));
        servers.ask("REQUEST", RELAY, Query.select(mac, "192.0.2.100").parameters(1, 3, 6, 12, 15))
                .assertSameReply();
        servers.ask("REQUEST without 55 but with option 12", RELAY,
                Query.select(mac, "192.0.2.100").text(12, "whatever")).assertSameReply();
        assertSameLeases(4);
    }

    @Test
    void reservationByClientIdGivesItsAddressWhateverTheHardwareAddress() throws Exception {
        String mac = "02:00:00:00:04:99";
        Dhcp4Packet offer = servers.ask("DISCOVER", RELAY,
                Query.discover(mac).clientId("01:02:00:00:00:04:02").parameters(12)).assertSameReply();
        assertEquals("192.0.2.101", Addresses.text(offer.yiaddr));
        servers.ask("REQUEST", RELAY,
                Query.select(mac, "192.0.2.101").clientId("01:02:00:00:00:04:02").parameters(12)).assertSameReply();
        assertSameLeases(4);
    }

    @Test
    void anotherClientRequestingAReservedAddressIsTreatedLikeKea() throws Exception {
        servers.ask("INIT-REBOOT for 192.0.2.100 from a stranger", RELAY,
                Query.initReboot("02:00:00:00:04:55", "192.0.2.100")).assertSame();
        Dhcp4Packet offer = servers.ask("DISCOVER asking for 192.0.2.100", RELAY,
                Query.discover("02:00:00:00:04:55").ip(50, "192.0.2.100")).assertSameReply();
        assertEquals(2, offer.messageType());
        assertSameLeases(4);
    }
}
