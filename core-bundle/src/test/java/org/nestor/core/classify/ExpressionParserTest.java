package org.nestor.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Parser behaviour beyond the recorded Kea verdicts: positions, messages, dependencies, universes. */
class ExpressionParserTest {
    private final ExpressionParser v4 = ExpressionParser.dhcp4(new TestOptionDefinitions());
    private final ExpressionParser v6 = new ExpressionParser(Universe.V6, new TestOptionDefinitions());

    @Test
    void positionsCountLinesAsKeaDoes() {
        // kea-dhcp4 -t: "<string>:2.8: syntax error, unexpected end of file, expecting == or +"
        ExpressionException e = assertThrows(ExpressionException.class,
                () -> v4.parse("'a' == 'b'\nand 'c'", Set.of()));
        assertEquals("<string>:2.8: syntax error, unexpected end of file, expecting == or +", e.getMessage());
        e = assertThrows(ExpressionException.class, () -> v4.parse("'a' == 'b' and\n", Set.of()));
        assertEquals("2.1", e.position());
    }

    @Test
    void configMessageQuotesTheExpressionLikeKea() {
        ExpressionException e = assertThrows(ExpressionException.class,
                () -> v4.parse("option[60].hex == ", Set.of()));
        assertEquals("expression: [option[60].hex == ] error: <string>:1.19: syntax error, unexpected end of file",
                e.keaConfigMessage());
        assertEquals("syntax error, unexpected end of file", e.reason());
        assertEquals("option[60].hex == ", e.expression());
    }

    @Test
    void reportsDirectKnownDependencyAndReferencedClasses() throws ExpressionException {
        Expression e = v4.parse("member('KNOWN') and member('EARLY')", Set.of("EARLY"));
        assertTrue(e.dependsOnKnown());
        assertEquals(Set.of("KNOWN", "EARLY"), e.referencedClasses());
        assertFalse(v4.parse("member('EARLY')", Set.of("EARLY")).dependsOnKnown());
        assertTrue(v4.parse("not member('UNKNOWN')", Set.of()).dependsOnKnown());
    }

    @Test
    void templateTestsAreStringExpressions() throws ExpressionException {
        Expression e = v4.parseString("substring(option[61].hex,0,3)", Set.of());
        assertFalse(e.isBoolean());
        assertThrows(ExpressionException.class, () -> v4.parseString("'a' == 'a'", Set.of()));
        assertThrows(ExpressionException.class, () -> v4.parse("'a'", Set.of()));
    }

    @Test
    void dhcp6FormsParseOnlyInTheirUniverse() throws ExpressionException {
        v6.parse("relay6[0].option[37].hex == 'x' and relay6[-1].peeraddr == 2001:db8::1", Set.of());
        v6.parse("pkt6.msgtype == 1 and pkt6.transid == 0x00abcdef", Set.of());
        v6.parse("option[65535].exists", Set.of());
        assertEquals("<string>:1.1-4: pkt4 can only be used in DHCPv4.",
                assertThrows(ExpressionException.class, () -> v6.parse("pkt4.mac == 0x01", Set.of())).getMessage());
        assertEquals("<string>:1.1-6: relay4 can only be used in DHCPv4.",
                assertThrows(ExpressionException.class, () -> v6.parse("relay4[1].exists", Set.of())).getMessage());
    }

    @Test
    void dhcp6AccessorsReadTheContext() throws ExpressionException {
        byte[] peer = TestPackets.hex("20010db8000000000000000000000001");
        EvalContext relayed = new EvalContext() {
            private final Set<String> classes = new java.util.LinkedHashSet<>();
            public org.nestor.core.wire.Dhcp4Packet packet4() { return null; }
            public String interfaceName() { return "eth1"; }
            public java.net.InetAddress sourceAddress() { return null; }
            public java.net.InetAddress destinationAddress() { return null; }
            public int packetLength() { return 100; }
            public Set<String> classes() { return classes; }
            @Override public byte[] option(int code) { return code == 1 ? new byte[] {0, 1} : null; }
            @Override public int pkt6MessageType() { return 1; }
            @Override public byte[] relay6PeerAddress(int nest) { return nest == 0 ? peer : null; }
            @Override public byte[] relay6Option(int nest, int code) { return code == 37 ? new byte[] {7} : null; }
        };
        assertTrue(v6.parse("relay6[0].peeraddr == 2001:db8::1 and relay6[1].peeraddr == ''", Set.of())
                .evaluate(relayed));
        assertTrue(v6.parse("relay6[0].option[37].hex == 0x07 and pkt6.msgtype == 1", Set.of()).evaluate(relayed));
        assertTrue(v6.parse("option[1].hex == 0x0001 and pkt.src == ''", Set.of()).evaluate(relayed));
    }
}
