package org.nestor.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nestor.core.classify.ClassEvaluatorTest.cls;
import static org.nestor.core.classify.TestPackets.hex;
import static org.nestor.core.classify.TestPackets.withOption;
import static org.nestor.core.classify.TestPackets.withText;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nestor.core.wire.Dhcp4Packet;

/** The PXE / UEFI / iPXE class sets operators write for netboot (Kea manual and common configs). */
class NetbootClassificationTest {
    private final ClassEvaluator netboot;

    NetbootClassificationTest() throws ExpressionException {
        netboot = ClassEvaluator.compile(List.of(
                cls("PXE", "substring(option[60].hex,0,9) == 'PXEClient'"),
                cls("UEFI-64", "member('PXE') and option[93].hex == 0x0007"),
                cls("UEFI-64-by-name", "option[client-system].hex == 0x0007"),
                cls("BIOS", "member('PXE') and option[93].hex == 0x0000"),
                cls("iPXE", "substring(option[77].hex,1,4) == 'iPXE' or option[175].exists"),
                cls("chain-to-iPXE", "member('PXE') and not member('iPXE')")), ExpressionParser.dhcp4(
                        new TestOptionDefinitions()));
    }

    private List<String> classesOf(Dhcp4Packet p) {
        PacketEvalContext c = TestPackets.context(p);
        netboot.classifyOnReceive(c);
        return List.copyOf(c.classes()).subList(1, c.classes().size());
    }

    @Test
    void uefiFirmwareAskingForBootGetsUefiAndChainClasses() {
        Dhcp4Packet p = withText(TestPackets.discover(), 60, "PXEClient:Arch:00007:UNDI:003016");
        withOption(p, 93, hex("0007"));
        assertEquals(List.of("VENDOR_CLASS_PXEClient:Arch:00007:UNDI:003016", "PXE", "UEFI-64", "UEFI-64-by-name",
                "chain-to-iPXE"), classesOf(p));
    }

    @Test
    void biosFirmwareGetsBiosClass() {
        Dhcp4Packet p = withText(TestPackets.discover(), 60, "PXEClient:Arch:00000:UNDI:002001");
        withOption(p, 93, hex("0000"));
        assertEquals(List.of("VENDOR_CLASS_PXEClient:Arch:00000:UNDI:002001", "PXE", "BIOS", "chain-to-iPXE"),
                classesOf(p));
    }

    @Test
    void ipxeIsRecognisedByUserClassOrOption175() {
        // user-class 77 as iPXE sends it: one instance, length 4, "iPXE"
        Dhcp4Packet byUserClass = withOption(withText(TestPackets.discover(), 60, "PXEClient:Arch:00007"), 77,
                hex("0469505845"));
        withOption(byUserClass, 93, hex("0007"));
        assertEquals(List.of("VENDOR_CLASS_PXEClient:Arch:00007", "PXE", "UEFI-64", "UEFI-64-by-name", "iPXE"),
                classesOf(byUserClass));
        Dhcp4Packet by175 = withOption(TestPackets.discover(), 175, hex("b10101"));
        assertEquals(List.of("iPXE"), classesOf(by175));
    }

    @Test
    void ordinaryClientGetsNoNetbootClass() {
        assertEquals(List.of(), classesOf(TestPackets.discover()));
    }
}
