package org.nestor.core.dhcp4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nestor.core.wire.Dhcp4Codec;
import org.nestor.core.wire.Dhcp4Packet;
import org.nestor.core.wire.MalformedPacketException;
import org.nestor.core.wire.MessageType4;
import org.nestor.hooks.api.lease.Ipv4;

/**
 * The packets netboot firmware sends ({@link FirmwarePackets}) replayed through the engine for the two styles of
 * netboot configuration (the same files the system tests run and {@code kea-dhcp4 -t} accepts).
 */
class NetbootReplayTest {
    private static final String URL = "http://192.0.2.1/boot.ipxe";

    @TempDir
    Path dir;

    private EngineHarness optionDataStyle() {
        return new EngineHarness(KeaJsonConfigs.resource("netboot-option-data.json", dir));
    }

    private EngineHarness nextServerStyle() {
        return new EngineHarness(KeaJsonConfigs.resource("netboot-next-server.json", dir));
    }

    private static String text(byte[] payload) {
        return payload == null ? null : new String(payload, StandardCharsets.US_ASCII);
    }

    /** DISCOVER then REQUEST with the same firmware options; returns the ACK. */
    private static Dhcp4Packet ack(EngineHarness h, Dhcp4Packet discover) {
        Dhcp4Packet offer = h.broadcast(discover).reply();
        Dhcp4Packet request = copy(discover);
        request.options.put(53, new byte[] {(byte) MessageType4.REQUEST.code()});
        request.options.put(50, Bytes.of32(Integer.toUnsignedLong(offer.yiaddr)));
        request.options.put(54, offer.option(54));
        Dhcp4Packet ack = h.broadcast(request).reply();
        assertEquals(MessageType4.ACK.code(), ack.messageType());
        return ack;
    }

    private static Dhcp4Packet copy(Dhcp4Packet p) {
        byte[] data = Dhcp4Codec.encode(p, 1500);
        try {
            return Dhcp4Codec.decode(data, 0, data.length);
        } catch (MalformedPacketException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void uefiFirmwareGetsIpxeEfiAndTheTftpServerAsOptions() {
        Dhcp4Packet ack = ack(optionDataStyle(), FirmwarePackets.uefiPxe(1));
        assertEquals("ipxe.efi", text(ack.option(67)));
        assertEquals("192.0.2.1", text(ack.option(66)));
        assertEquals("", ack.file, "option-data style leaves the file field empty");
    }

    @Test
    void biosPxeRomGetsUndionlyAndTheTftpServerAlthoughItDoesNotAskFor66() {
        Dhcp4Packet ack = ack(optionDataStyle(), FirmwarePackets.biosPxe(2));
        assertEquals("undionly.kpxe", text(ack.option(67)));
        assertEquals("192.0.2.1", text(ack.option(66)), "always-send");
    }

    @Test
    void ipxeByUserClassOrOption175GetsTheHttpUrlAsOption67() {
        EngineHarness h = optionDataStyle();
        assertEquals(URL, text(ack(h, FirmwarePackets.ipxe(3)).option(67)));
        Dhcp4Packet by175 = ack(h, FirmwarePackets.ipxeWithoutUserClass(4));
        assertEquals(URL, text(by175.option(67)));
        assertNull(by175.option(66), "the BIOS class is not applied to iPXE");
    }

    @Test
    void ordinaryClientGetsNoBootOptions() {
        Dhcp4Packet ack = ack(optionDataStyle(), FirmwarePackets.plain(5));
        assertNull(ack.option(66));
        assertNull(ack.option(67));
        assertEquals(Ipv4.parse("192.0.2.1"), Bytes.address(ack.option(3)));
    }

    @Test
    void uefiFirmwareGetsIpxeEfiInTheFileFieldAndTheRequiredClassNextServer() {
        Dhcp4Packet ack = ack(nextServerStyle(), FirmwarePackets.uefiPxe(1));
        assertEquals("ipxe.efi", ack.file);
        assertEquals(Ipv4.parse("192.0.2.1"), ack.siaddr);
        assertEquals("boot.example.org", ack.sname);
        assertNull(ack.option(67));
    }

    @Test
    void biosPxeRomGetsUndionlyInTheFileField() {
        Dhcp4Packet ack = ack(nextServerStyle(), FirmwarePackets.biosPxe(2));
        assertEquals("undionly.kpxe", ack.file);
        assertEquals(Ipv4.parse("192.0.2.1"), ack.siaddr);
    }

    @Test
    void ipxeGetsTheUrlFromTheFirstClassSettingTheFileAheadOfTheBiosClass() {
        EngineHarness h = nextServerStyle();
        Dhcp4Packet byUserClass = ack(h, FirmwarePackets.ipxe(3));
        assertEquals(URL, byUserClass.file);
        assertEquals(Ipv4.parse("192.0.2.1"), byUserClass.siaddr);
        assertEquals(URL, ack(h, FirmwarePackets.ipxeWithoutUserClass(4)).file);
    }

    @Test
    void ordinaryClientIsNotInPxeHostAndGetsNoBootFields() {
        Dhcp4Packet ack = ack(nextServerStyle(), FirmwarePackets.plain(5));
        assertEquals("", ack.file);
        assertEquals(0, ack.siaddr);
        assertEquals("", ack.sname);
        assertNull(ack.option(119), "PXE Host's always-send option comes only with the class");
    }
}
