package org.nestor.systest.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nestor.core.wire.Dhcp4Packet;

/** Shared network "overflow": subnet 10 holds two addresses, subnet 11 takes the rest, as Kea decides. */
class SharedNetworkDiffTest extends DifferentialTest {
    private static final String RELAY = "127.0.0.10";

    @Test
    void clientsMoveToTheSecondSubnetOnceTheFirstIsFull() throws Exception {
        for (int i = 1; i <= 4; i++) {
            String mac = "02:00:00:00:10:0" + i;
            Dhcp4Packet offer = servers.ask("DISCOVER " + i, RELAY, Query.discover(mac).parameters(1, 3))
                    .assertSameReply();
            Dhcp4Packet ack = servers.ask("REQUEST " + i, RELAY, Query.select(mac, Addresses.text(offer.yiaddr))
                    .parameters(1, 3)).assertSameReply();
            assertEquals(5, ack.messageType());
        }
        assertSameLeases(10, 11);
    }
}
