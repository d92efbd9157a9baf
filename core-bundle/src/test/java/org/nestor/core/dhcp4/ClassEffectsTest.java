package org.nestor.core.dhcp4;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nestor.core.wire.Dhcp4Packet;
import org.nestor.core.wire.MessageType4;
import org.nestor.hooks.api.lease.Ipv4;

/**
 * What classes do to a reply, in Kea 2.2's order and precedence; every expected value is what kea-dhcp4 2.2
 * answered to the same query on {@code class-effects.json}.
 */
class ClassEffectsTest {
    private static final int TFTP_SERVER = 66;
    private static final int BOOT_FILE = 67;
    private static final int NIS_DOMAIN = 40;
    private static final int WWW_SERVER = 72;

    @TempDir
    Path dir;
    private EngineHarness h;

    @BeforeEach
    void start() {
        h = new EngineHarness(KeaJsonConfigs.resource("class-effects.json", dir));
    }

    private static Dhcp4Packet discover(int last, int... arch) {
        Dhcp4Packet p = EngineHarness.query(MessageType4.DISCOVER, last);
        p.options.put(55, FirmwarePackets.ints(1, 3, TFTP_SERVER, BOOT_FILE, NIS_DOMAIN, WWW_SERVER));
        if (arch.length > 0) {
            p.options.put(93, FirmwarePackets.ints(0, arch[0]));
        }
        return p;
    }

    private Dhcp4Packet relayed(Dhcp4Packet q, String giaddr) {
        q.giaddr = Ipv4.parse(giaddr);
        q.hops = 1;
        return h.send(q, q.giaddr, EngineHarness.IFACE_ADDRESS).reply();
    }

    private static String text(byte[] b) {
        return b == null ? null : new String(b, StandardCharsets.US_ASCII);
    }

    @Test
    void fixedFieldsComeFromTheFirstClassSettingEachFieldOverTheSubnet() {
        Dhcp4Packet offer = h.broadcast(discover(1, 7)).reply(); // classes A then B
        assertEquals(Ipv4.parse("192.0.2.50"), offer.siaddr, "A's next-server");
        assertEquals("b-host", offer.sname, "A sets no server-hostname, B does");
        assertEquals("a.file", offer.file);
    }

    @Test
    void classSettingNextServerZeroOrEmptyNamesLeavesTheSubnetValues() {
        Dhcp4Packet q = discover(2);
        q.options.put(94, FirmwarePackets.ints(1, 2, 1)); // class Zero only
        Dhcp4Packet offer = h.broadcast(q).reply();
        assertEquals(Ipv4.parse("192.0.2.9"), offer.siaddr);
        assertEquals("subnet-host", offer.sname);
        assertEquals("subnet.file", offer.file);
    }

    @Test
    void reservationBootFileOverridesClassesAndKnownDependentClassComesAfterTheOthers() {
        Dhcp4Packet offer = h.broadcast(discover(9, 7)).reply(); // reserved MAC: A, B, KnownDep
        assertEquals("res.file", offer.file);
        assertEquals(Ipv4.parse("192.0.2.50"), offer.siaddr);
        assertEquals(Ipv4.parse("192.0.2.77"), Bytes.address(offer.option(WWW_SERVER)), "B's 72 before KnownDep's");
    }

    @Test
    void subnetOptionWinsOverClassOptionAndClassesWinInClassOrder() {
        Dhcp4Packet offer = h.broadcast(discover(1, 7)).reply();
        assertEquals("subnet-tftp", text(offer.option(TFTP_SERVER)));
        assertEquals("a67", text(offer.option(BOOT_FILE)), "A's 67 (global has none)");
        assertEquals(Ipv4.parse("192.0.2.77"), Bytes.address(offer.option(WWW_SERVER)), "only B has 72");
    }

    @Test
    void requiredClassesAreEvaluatedNetworkThenSubnetThenPool() {
        Dhcp4Packet offer = relayed(discover(21), "192.0.2.33");
        assertEquals("net-req", text(offer.option(TFTP_SERVER)), "ReqNet before ReqSub before ReqPool");
        assertEquals("pool67", text(offer.option(BOOT_FILE)), "only ReqPool has 67");
        assertEquals("net-req.file", offer.file);
        assertEquals(Ipv4.parse("192.0.2.60"), offer.siaddr, "required classes set fixed fields too");
        Dhcp4Packet noPoolClasses = relayed(discover(31), "192.0.2.65");
        assertEquals("net-req", text(noPoolClasses.option(TFTP_SERVER)));
    }

    @Test
    void requiredClassWithoutTestIsNotAssigned() {
        Dhcp4Packet offer = relayed(discover(22), "192.0.2.33");
        assertEquals("global-nis", text(offer.option(NIS_DOMAIN)), "ReqNoTest's nis-domain is not sent");
    }

    @Test
    void lifetimeComesFromTheFirstClassSettingOneClampedToItsBounds() {
        Dhcp4Packet q = discover(1, 7);
        q.options.put(LeaseTimes.LEASE_TIME, Bytes.of32(1800));
        assertEquals(1500, Bytes.uint32(h.broadcast(q).reply().option(LeaseTimes.LEASE_TIME)), "A's max, not B's");
        assertEquals(1000, Bytes.uint32(h.broadcast(discover(3, 7)).reply().option(LeaseTimes.LEASE_TIME)));
    }

    @Test
    void requiredClassLifetimeIsNotAppliedBecauseTheLeaseIsChosenBeforeRequiredClassesAreEvaluated() {
        Dhcp4Packet offer = relayed(discover(23), "192.0.2.33");
        assertEquals(4000, Bytes.uint32(offer.option(LeaseTimes.LEASE_TIME)), "ReqNet's 3000 is not used");
    }
}
