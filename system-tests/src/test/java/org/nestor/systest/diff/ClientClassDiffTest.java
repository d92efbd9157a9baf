package org.nestor.systest.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nestor.core.wire.Dhcp4Packet;

/**
 * Class "pxe" ({@code substring(option[60].hex,0,9) == 'PXEClient'}) guards a pool of subnet 5 and brings
 * next-server, server-hostname, boot-file-name and option 66: Nestor answers as Kea does.
 */
class ClientClassDiffTest extends DifferentialTest {
    private static final String RELAY = "127.0.0.5";

    @Test
    void pxeClientGetsTheGuardedPoolAndTheClassBootFields() throws Exception {
        String mac = "02:00:00:00:05:01";
        Query discover = Query.discover(mac).text(60, "PXEClient:Arch:00000:UNDI:002001").parameters(1, 3, 66, 67);
        Dhcp4Packet offer = servers.ask("DISCOVER", RELAY, discover).assertSameReply();
        assertEquals("pxelinux.0", offer.file);
        servers.ask("REQUEST", RELAY, Query.select(mac, Addresses.text(offer.yiaddr))
                .text(60, "PXEClient:Arch:00000:UNDI:002001").parameters(1, 3, 66, 67)).assertSameReply();
        assertSameLeases(5);
    }

    @Test
    void otherVendorClassGetsTheOpenPoolWithoutBootFields() throws Exception {
        String mac = "02:00:00:00:05:02";
        Dhcp4Packet offer = servers.ask("DISCOVER", RELAY,
                Query.discover(mac).text(60, "MSFT 5.0").parameters(1, 3, 66, 67)).assertSameReply();
        assertTrue(Addresses.text(offer.yiaddr).compareTo("192.0.2.150") >= 0, "the pxe pool is closed to it");
        String address = Addresses.text(offer.yiaddr);
        servers.ask("REQUEST", RELAY, Query.select(mac, address).text(60, "MSFT 5.0")).assertSameReply();
        servers.ask("REQUEST from the open pool now claiming PXE", RELAY, Query.select(mac, address)
                .text(60, "PXEClient:Arch:00007")).assertSame();
        assertSameLeases(5);
    }

    @Test
    void onlyPxeClientsAreServedWhereTheGuardedPoolIsTheOnlyOne() throws Exception {
        String relay = "127.0.0.13";
        servers.ask("DISCOVER without option 60", relay, Query.discover("02:00:00:00:13:01")).assertSame();
        Dhcp4Packet offer = servers.ask("DISCOVER from PXEClient", relay, Query.discover("02:00:00:00:13:02")
                .text(60, "PXEClient:Arch:00000")).assertSameReply();
        assertEquals("203.0.113.10", Addresses.text(offer.yiaddr));
        servers.ask("REQUEST from PXEClient", relay, Query.select("02:00:00:00:13:02", "203.0.113.10")
                .text(60, "PXEClient:Arch:00000")).assertSameReply();
        assertSameLeases(13);
    }
}
