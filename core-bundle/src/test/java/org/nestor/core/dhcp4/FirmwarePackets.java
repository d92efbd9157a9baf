package org.nestor.core.dhcp4;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.nestor.core.wire.Dhcp4Packet;
import org.nestor.core.wire.MessageType4;

/**
 * DHCPDISCOVERs carrying the option sets netboot firmware sends: an Intel PXE ROM (BIOS), EDK2 UEFI x86-64 PXE,
 * iPXE (user class "iPXE" and its option 175 feature list), and an ordinary client.
 */
final class FirmwarePackets {
    private static final byte[] GUID = HexFormat.of().parseHex("00" + "4c4c4544005a3110804ec4c04f4a4e32");
    private static final byte[] BIOS_PRL = ints(1, 2, 3, 5, 6, 11, 12, 13, 15, 16, 17, 18, 43, 54, 60, 67, 128, 129,
            130, 131, 132, 133, 134, 135);
    private static final byte[] UEFI_PRL = ints(1, 2, 3, 4, 5, 6, 12, 13, 15, 17, 18, 22, 23, 28, 40, 41, 42, 43, 50,
            51, 54, 58, 59, 60, 66, 67, 97, 128, 129, 130, 131, 132, 133, 134, 135);
    private static final byte[] IPXE_PRL = ints(1, 3, 6, 7, 12, 15, 17, 26, 43, 60, 66, 67, 119, 128, 129, 130, 131,
            132, 133, 134, 135, 175, 203);
    /** iPXE's option 175: feature flags (PXE extensions, HTTP, DNS, bzImage, ...) as sub-options of length 1. */
    private static final byte[] IPXE_FEATURES = HexFormat.of().parseHex("1001011101011301011501011801012101011701"
            + "01");

    private FirmwarePackets() {
    }

    /** An Intel PXE ROM on a BIOS machine: arch 0, UNDI 2.1, asks for 67 but not 66. */
    static Dhcp4Packet biosPxe(int last) {
        return pxe(last, "0000", "010201", "PXEClient:Arch:00000:UNDI:002001", BIOS_PRL);
    }

    /** EDK2 UEFI x86-64 network boot: arch 7, UNDI 3.16. */
    static Dhcp4Packet uefiPxe(int last) {
        return pxe(last, "0007", "010300", "PXEClient:Arch:00007:UNDI:003016", UEFI_PRL);
    }

    /** iPXE chain-loaded on a BIOS machine: user class "iPXE", option 175, the PXE vendor class kept. */
    static Dhcp4Packet ipxe(int last) {
        Dhcp4Packet p = pxe(last, "0000", "010201", "PXEClient:Arch:00000:UNDI:002001", IPXE_PRL);
        p.options.put(77, "iPXE".getBytes(StandardCharsets.US_ASCII));
        p.options.put(175, IPXE_FEATURES);
        return p;
    }

    /** iPXE built without the user class: recognised by option 175 alone. */
    static Dhcp4Packet ipxeWithoutUserClass(int last) {
        Dhcp4Packet p = ipxe(last);
        p.options.remove(77);
        return p;
    }

    /** A client that is not netbooting. */
    static Dhcp4Packet plain(int last) {
        Dhcp4Packet p = EngineHarness.query(MessageType4.DISCOVER, last);
        p.options.put(55, ints(1, 3, 6, 15, 66, 67));
        return p;
    }

    private static Dhcp4Packet pxe(int last, String arch, String undi, String vendorClass, byte[] prl) {
        Dhcp4Packet p = EngineHarness.query(MessageType4.DISCOVER, last);
        p.options.put(57, new byte[] {0x04, (byte) 0xec});
        p.options.put(93, HexFormat.of().parseHex(arch));
        p.options.put(94, HexFormat.of().parseHex(undi));
        p.options.put(97, GUID);
        p.options.put(60, vendorClass.getBytes(StandardCharsets.US_ASCII));
        p.options.put(55, prl);
        return p;
    }

    static byte[] ints(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }
}
