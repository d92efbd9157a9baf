package org.nestor.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nestor.core.classify.TestPackets.hex;
import static org.nestor.core.classify.TestPackets.withOption;
import static org.nestor.core.classify.TestPackets.withText;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nestor.core.wire.Dhcp4Packet;

/** Values of literals and packet accessors, as Kea's manual states them. */
class ExpressionEvaluationTest {
    private final ExpressionParser parser = ExpressionParser.dhcp4(new TestOptionDefinitions());

    private boolean holds(String expression, Dhcp4Packet packet) {
        try {
            return parser.parse(expression, Set.of("EARLY")).evaluate(TestPackets.context(packet, "EARLY"));
        } catch (ExpressionException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private String text(String expression, Dhcp4Packet packet) throws ExpressionException {
        return parser.parseString(expression, Set.of()).evaluateString(TestPackets.context(packet));
    }

    @Test
    void literalsBecomeTheBytesTheManualLists() {
        Dhcp4Packet p = TestPackets.discover();
        assertTrue(holds("0x5a7d == 'Z}'", p));
        assertTrue(holds("0x5a7 == 0x05a7", p), "odd digit count gets a leading 0");
        assertTrue(holds("10.0.0.1 == 0x0a000001", p));
        assertTrue(holds("123 == 0x0000007b", p), "integers are 4 bytes, network order");
        assertTrue(holds("2001:db8::1 == 0x20010db8000000000000000000000001", p));
        assertTrue(holds("::ffff:192.0.2.1 == 0x00000000000000000000ffffc0000201", p));
        assertFalse(holds("'abc' == 'abd'", p));
        assertFalse(holds("'ab' == 'abc'", p), "== compares whole byte strings");
    }

    @Test
    void optionHexTextAndExists() {
        Dhcp4Packet p = withText(TestPackets.discover(), 60, "PXEClient:Arch:00007");
        withOption(p, 3, hex("c0000201c0000202"));
        withText(p, 12, "host1");
        assertTrue(holds("option[60].hex == 'PXEClient:Arch:00007'", p));
        assertTrue(holds("option[vendor-class-identifier].text == 'PXEClient:Arch:00007'", p));
        assertTrue(holds("option[host-name].text == 'host1'", p));
        assertTrue(holds("option[3].hex == 0xc0000201c0000202", p));
        assertTrue(holds("option[3].text == '192.0.2.1 192.0.2.2'", p), "addresses print dotted");
        assertTrue(holds("option[53].text == '1'", p), "uint8 prints in decimal");
        assertTrue(holds("option[53].hex == 0x01", p));
        assertTrue(holds("option[60].exists and not option[61].exists", p));
        assertTrue(holds("option[61].hex == '' and option[61].text == ''", p), "a missing option is empty");
        assertTrue(holds("option[250].text == option[250].hex", p));
    }

    @Test
    void emptyOptionExists() {
        Dhcp4Packet p = withOption(TestPackets.discover(), 80);
        assertTrue(holds("option[80].exists", p));
        assertTrue(holds("option[80].hex == ''", p));
    }

    @Test
    void subOptionsAndRelayAgentInformation() {
        Dhcp4Packet p = withOption(TestPackets.discover(), 82, hex("0103657468" + "0504c0000280"));
        assertTrue(holds("option[82].option[1].hex == 'eth'", p));
        assertTrue(holds("option[82].option[5].exists and not option[82].option[2].exists", p));
        assertTrue(holds("relay4[1].hex == 'eth'", p));
        assertTrue(holds("relay4[5].text == '192.0.2.128'", p), "link-selection is an address");
        assertTrue(holds("relay4[2].hex == '' and not relay4[2].exists", p));
        assertTrue(holds("option[82].option[1].hex == pkt4.mac or 'x' == 'x'", p));
        withOption(p, 60, hex("0103657468"));
        assertFalse(holds("option[60].option[1].exists", p), "option 60 carries no sub-options");
        assertFalse(holds("relay4[1].exists", withOption(TestPackets.discover(), 82, hex("0109"))),
                "a truncated sub-option is not there");
    }

    @Test
    void packetMetadataAndFixedFields() {
        Dhcp4Packet p = TestPackets.discover();
        p.ciaddr = 0xc0000205;
        p.yiaddr = 0xc0000206;
        p.siaddr = 0xc0000207;
        assertTrue(holds("pkt.iface == 'eth0'", p));
        assertTrue(holds("pkt.src == 192.0.2.1 and pkt.dst == 192.0.2.254", p));
        assertTrue(holds("pkt.len == 300", p));
        assertTrue(holds("pkt4.mac == 0x010203040506", p));
        assertTrue(holds("pkt4.hlen == 6 and pkt4.htype == 1", p));
        assertTrue(holds("pkt4.ciaddr == 192.0.2.5 and pkt4.yiaddr == 192.0.2.6 and pkt4.siaddr == 192.0.2.7", p));
        assertTrue(holds("pkt4.giaddr == 192.0.2.1", p));
        assertTrue(holds("pkt4.msgtype == 1", p));
        assertTrue(holds("pkt4.transid == 0x12345678", p));
        assertTrue(holds("hexstring(pkt4.mac, ':') == '01:02:03:04:05:06'", p));
    }

    @Test
    void vendorOptionByEnterprise() {
        // option 125: enterprise 4491, 12 bytes of sub-options: 1 "docsis3.0" (9)
        Dhcp4Packet p = withOption(TestPackets.discover(), 125, hex("0000118b" + "0b" + "0109646f63736973332e30"));
        assertTrue(holds("vendor[4491].exists and vendor[*].exists and vendor[0].exists", p));
        assertFalse(holds("vendor[9].exists", p));
        assertTrue(holds("vendor.enterprise == 4491", p));
        assertTrue(holds("vendor[4491].option[1].hex == 'docsis3.0'", p));
        assertTrue(holds("vendor[*].option[1].exists and not vendor[4491].option[2].exists", p));
        assertTrue(holds("vendor[9].option[1].hex == ''", p));
        assertTrue(holds("vendor.enterprise == '' and not vendor[*].exists", TestPackets.discover()));
    }

    @Test
    void vendorClassChunksByIndex() {
        // option 124: enterprise 4491, 9 bytes of data: "abc" and "defg"
        Dhcp4Packet p = withOption(TestPackets.discover(), 124, hex("0000118b" + "09" + "03616263" + "0464656667"));
        assertTrue(holds("vendor-class[4491].exists and vendor-class[*].exists", p));
        assertFalse(holds("vendor-class[1].exists", p));
        assertTrue(holds("vendor-class.enterprise == 4491", p));
        assertTrue(holds("vendor-class[4491].data == 'abc' and vendor-class[4491].data[0] == 'abc'", p));
        assertTrue(holds("vendor-class[*].data[1] == 'defg'", p));
        assertTrue(holds("vendor-class[4491].data[2] == ''", p));
        assertTrue(holds("vendor-class[1].data == ''", p));
    }

    @Test
    void membershipLooksAtTheClassesSoFar() {
        assertTrue(holds("member('EARLY')", TestPackets.discover()));
        assertFalse(holds("member('ALL')", TestPackets.discover()), "ALL is added by the class evaluator");
    }

    @Test
    void booleanOperatorsFollowKeaPrecedence() {
        Dhcp4Packet p = TestPackets.discover();
        assertTrue(holds("'a' == 'b' and 'a' == 'b' or 'a' == 'a'", p), "A and B or C is (A and B) or C");
        assertFalse(holds("'a' == 'b' and ('a' == 'b' or 'a' == 'a')", p));
        assertTrue(holds("not 'a' == 'b' and 'c' == 'c'", p), "not binds tighter than and");
        assertFalse(holds("not ('a' == 'a' and 'c' == 'c')", p));
        assertTrue(holds("('a') == 'a'", p));
    }

    @Test
    void stringExpressionsEvaluateToText() throws ExpressionException {
        Dhcp4Packet p = withText(TestPackets.discover(), 61, "foobar");
        assertEquals("foo", text("substring(option[61].hex,0,3)", p));
        assertEquals("true", parser.parse("'a' == 'a'", Set.of()).evaluateString(TestPackets.context(p)));
        assertEquals("", text("option[62].hex", p));
    }
}
