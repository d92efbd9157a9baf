package org.nestor.core.dhcp4;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nestor.core.wire.Dhcp4Packet;
import org.nestor.core.wire.MessageType4;
import org.nestor.hooks.api.lease.Ipv4;

/** Details where the differential tests against kea-dhcp4 2.2 showed Kea's answer, pinned at engine level. */
class KeaParityTest {
    private static final String RELAY = "192.0.2.254";

    private static EngineHarness harness() {
        ConfigFixture f = new ConfigFixture();
        f.subnets.add(ConfigFixture.subnet(1, "192.0.2.0", 24,
                List.of(ConfigFixture.pool("192.0.2.10", "192.0.2.20", "")), ConfigFixture.params()));
        return new EngineHarness(f.build());
    }

    private static Dhcp4Packet relayed(Dhcp4Packet q) {
        q.giaddr = Ipv4.parse(RELAY);
        return q;
    }

    @Test
    void relayedReplyCarriesTheQueryHopCountAsKeaDoes() {
        Dhcp4Packet discover = relayed(EngineHarness.query(MessageType4.DISCOVER, 1));
        discover.hops = 3;
        EngineHarness.Sent offer = harness().unicast(discover, discover.giaddr);
        assertEquals(3, offer.reply().hops);
    }

    @Test
    void freshAddressComesFromThePoolOfTheSubnetsLastPickEvenForAClientAllowedAnEarlierPool() {
        ConfigFixture f = new ConfigFixture();
        f.subnets.add(ConfigFixture.subnet(1, "192.0.2.0", 24, List.of(
                ConfigFixture.pool("192.0.2.10", "192.0.2.19", "VENDOR_CLASS_pxe"),
                ConfigFixture.pool("192.0.2.20", "192.0.2.29", "")), ConfigFixture.params()));
        EngineHarness h = new EngineHarness(f.build());
        assertEquals(Ipv4.parse("192.0.2.20"), h.lease(1).reply().yiaddr);
        Dhcp4Packet pxe = EngineHarness.query(MessageType4.DISCOVER, 2);
        pxe.options.put(60, "pxe".getBytes(StandardCharsets.US_ASCII));
        assertEquals(Ipv4.parse("192.0.2.21"), h.broadcast(pxe).reply().yiaddr);
    }
}
