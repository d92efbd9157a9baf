package org.nestor.core.dhcp4;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nestor.core.config.ClientClassDef;
import org.nestor.core.config.ConfiguredOption;
import org.nestor.core.config.Lifetime;
import org.nestor.core.config.Reservation4;
import org.nestor.core.config.Subnet4;
import org.nestor.core.config.SubnetParameters4;
import org.nestor.core.wire.Dhcp4Packet;
import org.nestor.core.wire.MessageType4;

class OptionsAndTimesTest {
    private static final int DOMAIN_NAME = 15;
    private static final int NTP = 42;

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static SubnetParameters4 times(Lifetime valid, Long t1, Long t2, boolean calculate) {
        SubnetParameters4 p = ConfigFixture.params();
        return new SubnetParameters4(valid, t1, t2, calculate, 0.5, 0.875, true, false, 0, "", "", false, true,
                false, p.hostnameCharSet(), "", 0, false, "");
    }

    private static EngineHarness withTimes(SubnetParameters4 p) {
        ConfigFixture f = new ConfigFixture();
        f.subnets.add(ConfigFixture.subnet(1, "192.0.2.0", 24,
                List.of(ConfigFixture.pool("192.0.2.10", "192.0.2.20", "")), p));
        return new EngineHarness(f.build());
    }

    @Test
    void optionPrecedenceIsReservationPoolSubnetClassGlobal() {
        ConfigFixture f = new ConfigFixture();
        f.globalOptions.add(ConfigFixture.option(DOMAIN_NAME, text("global")));
        f.globalOptions.add(ConfigFixture.option(NTP, EngineHarness.addr("192.0.2.123")));
        f.classes.add(new ClientClassDef("VENDOR_CLASS_pxe", "", false,
                List.of(ConfigFixture.option(DOMAIN_NAME, text("class"))), null, null, null, null));
        Subnet4 s = ConfigFixture.subnet(1, "192.0.2.0", 24, List.of(ConfigFixture.pool("192.0.2.10",
                "192.0.2.20", "", ConfigFixture.option(DOMAIN_NAME, text("pool")))), ConfigFixture.params());
        Reservation4 r = ConfigFixture.hwReservation(EngineHarness.mac(3), null, "",
                ConfigFixture.option(DOMAIN_NAME, text("host")));
        f.subnets.add(ConfigFixture.with(s, List.of(r), List.of(ConfigFixture.option(DOMAIN_NAME, text("subnet")))));
        EngineHarness h = new EngineHarness(f.build());
        Dhcp4Packet plain = EngineHarness.query(MessageType4.DISCOVER, 1);
        plain.options.put(55, new byte[] {DOMAIN_NAME, NTP});
        EngineHarness.Sent offer = h.broadcast(plain);
        assertArrayEquals(text("pool"), offer.option(DOMAIN_NAME));
        assertArrayEquals(EngineHarness.addr("192.0.2.123"), offer.option(NTP));
        Dhcp4Packet hosted = EngineHarness.query(MessageType4.DISCOVER, 3);
        assertArrayEquals(text("host"), h.broadcast(hosted).option(DOMAIN_NAME));
    }

    @Test
    void classOptionsApplyBelowSubnetOptions() {
        ConfigFixture f = new ConfigFixture();
        f.globalOptions.add(ConfigFixture.option(NTP, EngineHarness.addr("192.0.2.123")));
        f.classes.add(new ClientClassDef("VENDOR_CLASS_pxe", "", false,
                List.of(ConfigFixture.option(NTP, EngineHarness.addr("192.0.2.124"))), null, null, "pxe.efi",
                null));
        f.subnets.add(ConfigFixture.subnet(1, "192.0.2.0", 24,
                List.of(ConfigFixture.pool("192.0.2.10", "192.0.2.20", "")), ConfigFixture.params()));
        EngineHarness h = new EngineHarness(f.build());
        Dhcp4Packet d = EngineHarness.query(MessageType4.DISCOVER, 1);
        d.options.put(60, text("pxe"));
        d.options.put(55, new byte[] {NTP});
        EngineHarness.Sent offer = h.broadcast(d);
        assertArrayEquals(EngineHarness.addr("192.0.2.124"), offer.option(NTP));
        assertEquals("pxe.efi", offer.reply().file);
    }

    @Test
    void onlyRequestedAlwaysSendAndBasicOptionsAreSentAndNeverSendWins() {
        ConfigFixture f = new ConfigFixture();
        f.globalOptions.add(ConfigFixture.option(NTP, EngineHarness.addr("192.0.2.123")));
        f.globalOptions.add(new ConfiguredOption(DOMAIN_NAME, "dhcp4", text("always"), true, false));
        f.globalOptions.add(new ConfiguredOption(3, "dhcp4", EngineHarness.addr("192.0.2.1"), false, true));
        f.subnets.add(ConfigFixture.subnet(1, "192.0.2.0", 24,
                List.of(ConfigFixture.pool("192.0.2.10", "192.0.2.20", "")), ConfigFixture.params()));
        EngineHarness h = new EngineHarness(f.build());
        Dhcp4Packet d = EngineHarness.query(MessageType4.DISCOVER, 1);
        d.options.put(55, new byte[] {3});
        EngineHarness.Sent offer = h.broadcast(d);
        assertNull(offer.option(NTP), "not requested");
        assertArrayEquals(text("always"), offer.option(DOMAIN_NAME));
        assertNull(offer.option(3), "never-send beats the request");
    }

    @Test
    void clientIdIsEchoedOnlyWhenEchoClientIdIsOn() {
        byte[] cid = {1, 0, 0x0c, 1, 2, 3, 1};
        ConfigFixture f = new ConfigFixture();
        f.subnets.add(ConfigFixture.subnet(1, "192.0.2.0", 24,
                List.of(ConfigFixture.pool("192.0.2.10", "192.0.2.20", "")), ConfigFixture.params()));
        Dhcp4Packet d = EngineHarness.query(MessageType4.DISCOVER, 1);
        d.options.put(61, cid);
        assertArrayEquals(cid, new EngineHarness(f.build()).broadcast(d).option(61));
        f.echoClientId = false;
        assertNull(new EngineHarness(f.build()).broadcast(d).option(61));
    }

    @Test
    void requestedLifetimeIsClampedToMinAndMax() {
        EngineHarness h = withTimes(times(new Lifetime(1000, 4000, 8000), null, null, false));
        Dhcp4Packet d = EngineHarness.query(MessageType4.DISCOVER, 1);
        d.options.put(51, Bytes.of32(10));
        assertArrayEquals(Bytes.of32(1000), h.broadcast(d).option(51));
        d.options.put(51, Bytes.of32(100000));
        assertArrayEquals(Bytes.of32(8000), h.broadcast(d).option(51));
    }

    @Test
    void calculatedTeeTimesUseThePercentages() {
        EngineHarness.Sent offer = withTimes(times(new Lifetime(4000, 4000, 4000), null, null, true))
                .broadcast(EngineHarness.query(MessageType4.DISCOVER, 1));
        assertArrayEquals(Bytes.of32(2000), offer.option(58));
        assertArrayEquals(Bytes.of32(3500), offer.option(59));
    }

    @Test
    void t2NotBelowTheLifetimeIsNotSentAndT1IsCheckedAgainstTheLifetime() {
        EngineHarness.Sent offer = withTimes(times(new Lifetime(4000, 4000, 4000), 3000L, 5000L, false))
                .broadcast(EngineHarness.query(MessageType4.DISCOVER, 1));
        assertNull(offer.option(59));
        assertArrayEquals(Bytes.of32(3000), offer.option(58));
    }

    @Test
    void t1NotBelowT2IsNotSent() {
        EngineHarness.Sent offer = withTimes(times(new Lifetime(4000, 4000, 4000), 2500L, 2000L, false))
                .broadcast(EngineHarness.query(MessageType4.DISCOVER, 1));
        assertArrayEquals(Bytes.of32(2000), offer.option(59));
        assertNull(offer.option(58));
    }

    @Test
    void hostNameIsSanitisedLowerCasedAndStored() {
        EngineHarness h = withTimes(ConfigFixture.params());
        Dhcp4Packet d = EngineHarness.query(MessageType4.DISCOVER, 1);
        d.options.put(12, text("My_Host.x"));
        assertArrayEquals(text("myhost.x"), h.broadcast(d).option(12));
        Dhcp4Packet r = EngineHarness.query(MessageType4.REQUEST, 1);
        r.options.put(12, text("My_Host.x"));
        r.options.put(50, EngineHarness.addr("192.0.2.10"));
        r.options.put(54, Bytes.of32(Integer.toUnsignedLong(EngineHarness.IFACE_ADDRESS)));
        int address = h.broadcast(r).reply().yiaddr;
        assertEquals("myhost.x", h.store.get(address).orElseThrow().hostname());
    }

    @Test
    void clientFqdnIsAnsweredAsKeaDoesWithoutDnsUpdates() {
        EngineHarness h = withTimes(ConfigFixture.params());
        Dhcp4Packet d = EngineHarness.query(MessageType4.DISCOVER, 1);
        byte[] fqdn = {0x01, 0, 0, 'L', 'a', 'p', 't', 'o', 'p', '.', 'E', 'x'};
        d.options.put(81, fqdn);
        byte[] answer = h.broadcast(d).option(81);
        assertEquals(0x0a, answer[0], "N=1, O=1 (client asked S), S=0");
        assertEquals("laptop.ex.", new String(answer, 3, answer.length - 3, StandardCharsets.US_ASCII));
    }
}
