package org.nestor.systest.diff;

import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.nestor.core.wire.Dhcp4Packet;

/** With echo-client-id false (a global setting, hence its own configuration) option 61 is not sent back. */
class EchoClientIdOffDiffTest extends DifferentialTest {

    @Override
    String configuration() {
        return "echo-client-id-off.json";
    }

    @Test
    void clientIdIsNotEchoedWhenEchoClientIdIsFalse() throws Exception {
        String mac = "02:00:00:00:01:71";
        Dhcp4Packet offer = servers.ask("DISCOVER", "127.0.0.1", Query.discover(mac).clientId("01:02:03"))
                .assertSameReply();
        assertNull(offer.option(61));
        servers.ask("REQUEST", "127.0.0.1", Query.select(mac, Addresses.text(offer.yiaddr)).clientId("01:02:03"))
                .assertSameReply();
        assertSameLeases(1);
    }
}
