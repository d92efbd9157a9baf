package org.nestor.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nestor.core.config.ClientClassDef;
import org.nestor.core.wire.Dhcp4Packet;

/** Classes are assigned in Kea's order: ALL, vendor class, tests, then KNOWN-dependent, then required. */
class ClassEvaluatorTest {
    private final ExpressionParser parser = ExpressionParser.dhcp4(new TestOptionDefinitions());

    static ClientClassDef cls(String name, String test) {
        return new ClientClassDef(name, test, false, List.of(), null, null, null, null);
    }

    static ClientClassDef required(String name, String test) {
        return new ClientClassDef(name, test, true, List.of(), null, null, null, null);
    }

    @Test
    void onReceiveAssignsAllVendorClassThenTestsInDefinitionOrder() throws ExpressionException {
        ClassEvaluator e = ClassEvaluator.compile(List.of(
                cls("vendor-seen", "member('VENDOR_CLASS_docsis3.0')"),
                cls("first", "option[60].exists"),
                cls("after-first", "member('first')"),
                cls("no-test", "")), parser);
        PacketEvalContext c = TestPackets.context(TestPackets.withText(TestPackets.discover(), 60, "docsis3.0"));
        e.classifyOnReceive(c);
        assertEquals(List.of("ALL", "VENDOR_CLASS_docsis3.0", "vendor-seen", "first", "after-first"), List.copyOf(c.classes()));
    }

    @Test
    void forwardReferenceIsRefusedWithTheClassNamed() {
        ExpressionException ex = assertThrows(ExpressionException.class, () -> ClassEvaluator.compile(List.of(
                cls("a", "member('b')"), cls("b", "'x' == 'x'")), parser));
        assertEquals("a", ex.className());
        assertEquals("<string>:1.8-10: Not defined client class 'b'", ex.getMessage());
    }

    @Test
    void knownDependentClassesWaitForHostLookupEvenThroughMember() throws ExpressionException {
        ClassEvaluator e = ClassEvaluator.compile(List.of(
                cls("reserved", "member('KNOWN')"),
                cls("reserved-pxe", "member('reserved') and option[60].exists"),
                cls("pxe", "option[60].exists"),
                cls("stranger", "member('UNKNOWN')")), parser);
        assertTrue(e.dependsOnKnown("reserved-pxe"));
        assertFalse(e.dependsOnKnown("pxe"));
        PacketEvalContext c = TestPackets.context(TestPackets.withText(TestPackets.discover(), 60, "PXEClient"));
        e.classifyOnReceive(c);
        assertEquals(List.of("ALL", "VENDOR_CLASS_PXEClient", "pxe"), List.copyOf(c.classes()));
        e.classifyAfterHostLookup(c, true, List.of("from-reservation"));
        assertEquals(List.of("ALL", "VENDOR_CLASS_PXEClient", "pxe", "KNOWN", "from-reservation", "reserved",
                "reserved-pxe"), List.copyOf(c.classes()));
    }

    @Test
    void unknownClientGetsUnknownDependentClasses() throws ExpressionException {
        ClassEvaluator e = ClassEvaluator.compile(List.of(
                cls("reserved", "member('KNOWN')"), cls("stranger", "member('UNKNOWN')")), parser);
        PacketEvalContext c = TestPackets.context(TestPackets.discover());
        e.classifyOnReceive(c);
        e.classifyAfterHostLookup(c, false, List.of());
        assertEquals(List.of("ALL", "UNKNOWN", "stranger"), List.copyOf(c.classes()));
    }

    @Test
    void dropIsDecidedOnReceiveOrAfterHostLookup() throws ExpressionException {
        ClassEvaluator early = ClassEvaluator.compile(List.of(cls("DROP", "pkt4.msgtype == 3")), parser);
        Dhcp4Packet request = TestPackets.withOption(TestPackets.discover(), 53, new byte[] {3});
        PacketEvalContext c = TestPackets.context(request);
        early.classifyOnReceive(c);
        assertTrue(ClassEvaluator.isDropped(c));
        PacketEvalContext d = TestPackets.context(TestPackets.discover());
        early.classifyOnReceive(d);
        assertFalse(ClassEvaluator.isDropped(d));

        ClassEvaluator late = ClassEvaluator.compile(List.of(cls("DROP", "member('UNKNOWN')")), parser);
        PacketEvalContext u = TestPackets.context(TestPackets.discover());
        late.classifyOnReceive(u);
        assertFalse(ClassEvaluator.isDropped(u), "a KNOWN-dependent DROP waits for host lookup");
        late.classifyAfterHostLookup(u, false, List.of());
        assertTrue(ClassEvaluator.isDropped(u));
    }

    @Test
    void requiredClassesAreEvaluatedOnlyOnRequestInTheGivenOrder() throws ExpressionException {
        ClassEvaluator e = ClassEvaluator.compile(List.of(
                required("pool-class", "option[60].exists"),
                required("subnet-class", "'a' == 'a'"),
                required("never", "'a' == 'b'"),
                required("untestable", "")), parser);
        PacketEvalContext c = TestPackets.context(TestPackets.withText(TestPackets.discover(), 60, "x"));
        e.classifyOnReceive(c);
        e.classifyAfterHostLookup(c, false, List.of());
        assertEquals(Set.of("ALL", "VENDOR_CLASS_x", "UNKNOWN"), c.classes());
        e.evaluateRequired(c, List.of("subnet-class", "pool-class", "never", "untestable", "undefined"));
        assertEquals(List.of("ALL", "VENDOR_CLASS_x", "UNKNOWN", "subnet-class", "pool-class"),
                List.copyOf(c.classes()));
    }

    @Test
    void failingTestLeavesTheClassOut() throws ExpressionException {
        ClassEvaluator e = ClassEvaluator.compile(List.of(cls("bad", "addrtotext(option[60].hex) == 'x'"),
                cls("good", "'a' == 'a'")), parser);
        PacketEvalContext c = TestPackets.context(TestPackets.withText(TestPackets.discover(), 60, "abc"));
        e.classifyOnReceive(c);
        assertEquals(List.of("ALL", "VENDOR_CLASS_abc", "good"), List.copyOf(c.classes()));
    }
}
