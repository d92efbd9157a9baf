package org.nestor.systest.diff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.nestor.core.wire.Dhcp4Packet;

/** Client identifiers: echoed (echo-client-id defaults to true) and ignored where match-client-id is false. */
class ClientIdDiffTest extends DifferentialTest {

    @Test
    void clientIdIsEchoedByDefault() throws Exception {
        Dhcp4Packet offer = servers.ask("DISCOVER with client-id", "127.0.0.1",
                Query.discover("02:00:00:00:01:61").clientId("ff:00:00:00:01:00:01:aa:bb")).assertSameReply();
        assertArrayEquals(HexFormat.ofDelimiter(":").parseHex("ff:00:00:00:01:00:01:aa:bb"), offer.option(61));
    }

    @Test
    void withMatchClientIdFalseTheLeaseIsFoundByHardwareAddress() throws Exception {
        String relay = "127.0.0.8";
        String mac = "02:00:00:00:08:01";
        Dhcp4Packet offer = servers.ask("DISCOVER client-id A", relay, Query.discover(mac).clientId("01:aa"))
                .assertSameReply();
        String address = Addresses.text(offer.yiaddr);
        servers.ask("REQUEST client-id A", relay, Query.select(mac, address).clientId("01:aa")).assertSameReply();
        Dhcp4Packet again = servers.ask("DISCOVER client-id B, same hardware", relay,
                Query.discover(mac).clientId("01:bb")).assertSameReply();
        assertEquals(address, Addresses.text(again.yiaddr));
        servers.ask("RENEW client-id B", relay, Query.renew(mac, address).clientId("01:bb")).assertSame();
        servers.ask("DISCOVER client-id A, other hardware", relay,
                Query.discover("02:00:00:00:08:02").clientId("01:aa")).assertSameReply();
        assertSameLeases(8);
    }
}
