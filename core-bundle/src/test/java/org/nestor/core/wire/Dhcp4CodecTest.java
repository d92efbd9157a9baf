package org.nestor.core.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class Dhcp4CodecTest {

    private static Dhcp4Packet discover() {
        Dhcp4Packet p = new Dhcp4Packet();
        p.xid = 0x01020304;
        p.chaddr = new byte[] {0, 0x0c, 1, 2, 3, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        p.options.put(53, new byte[] {1});
        p.options.put(61, new byte[] {1, 0, 0x0c, 1, 2, 3, 4});
        return p;
    }

    private static byte[] filled(int n, int seed) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (seed + i);
        }
        return b;
    }

    @Test
    void shortRepliesArePaddedToTheBootpMinimum() throws Exception {
        byte[] wire = Dhcp4Codec.encode(discover(), 576);
        assertEquals(Dhcp4Codec.BOOTP_MIN_SIZE, wire.length);
        assertNull(Captures.difference(discover(), Dhcp4Codec.decode(wire, 0, wire.length)));
    }

    @Test
    void optionsLongerThan255AreSplitAndJoinedAgain() throws Exception {
        Dhcp4Packet p = discover();
        p.options.put(119, filled(600, 7));
        byte[] wire = Dhcp4Codec.encode(p, 1500);
        assertEquals(240 + 3 + 9 + (3 * 2 + 600) + 1, wire.length);
        assertArrayEquals(filled(600, 7), Dhcp4Codec.decode(wire, 0, wire.length).option(119));
    }

    @Test
    void repeatedOptionsAreConcatenatedOnDecode() throws Exception {
        byte[] wire = Dhcp4Codec.encode(discover(), 576);
        byte[] extra = {12, 2, 'a', 'b', 0, 0, 12, 1, 'c', (byte) 255};
        int end = 240 + 3 + 9;
        System.arraycopy(extra, 0, wire, end, extra.length);
        assertArrayEquals("abc".getBytes(), Dhcp4Codec.decode(wire, 0, wire.length).option(12));
    }

    @Test
    void optionsThatDoNotFitMoveToFileThenSname() throws Exception {
        Dhcp4Packet p = discover();
        p.options.put(43, filled(200, 1));
        p.options.put(224, filled(100, 2));
        p.options.put(225, filled(100, 3));
        p.options.put(226, filled(40, 4));
        byte[] wire = Dhcp4Codec.encode(p, 300);
        assertTrue(wire.length <= 576, "length " + wire.length);
        Dhcp4Packet back = Dhcp4Codec.decode(wire, 0, wire.length);
        assertArrayEquals(new byte[] {3}, back.option(Dhcp4Codec.OPTION_OVERLOAD));
        back.options.remove(Dhcp4Codec.OPTION_OVERLOAD);
        assertNull(Captures.difference(p, back));
        assertEquals("", back.file);
        assertEquals("", back.sname);
    }

    @Test
    void overloadIsNotUsedWhenFileHoldsABootFileName() {
        Dhcp4Packet p = discover();
        p.file = "pxelinux.0";
        p.sname = "boot";
        p.options.put(43, filled(250, 1));
        p.options.put(224, filled(250, 2));
        assertThrows(IllegalArgumentException.class, () -> Dhcp4Codec.encode(p, 576));
    }

    @Test
    void snameAndFileTextRoundTrip() throws Exception {
        Dhcp4Packet p = discover();
        p.sname = "server.example";
        p.file = "pxelinux.0";
        byte[] wire = Dhcp4Codec.encode(p, 576);
        Dhcp4Packet back = Dhcp4Codec.decode(wire, 0, wire.length);
        assertEquals("server.example", back.sname);
        assertEquals("pxelinux.0", back.file);
    }

    @Test
    void bootpWithoutMagicCookieIsAcceptedWithoutOptions() throws Exception {
        byte[] wire = Dhcp4Codec.encode(discover(), 576);
        wire[236] = 0;
        Dhcp4Packet p = Dhcp4Codec.decode(wire, 0, wire.length);
        assertEquals(0, p.messageType());
        assertTrue(p.options.isEmpty());
        assertEquals(0x01020304, Dhcp4Codec.decode(wire, 0, 236).xid);
    }

    @Test
    void decodeHonoursOffsetAndLength() throws Exception {
        byte[] wire = Dhcp4Codec.encode(discover(), 576);
        byte[] shifted = new byte[wire.length + 10];
        System.arraycopy(wire, 0, shifted, 5, wire.length);
        assertNull(Captures.difference(discover(), Dhcp4Codec.decode(shifted, 5, wire.length)));
    }

    @Test
    void truncatedFixedPartIsMalformed() {
        byte[] wire = new byte[235];
        assertThrows(MalformedPacketException.class, () -> Dhcp4Codec.decode(wire, 0, wire.length));
    }

    @Test
    void hardwareAddressLengthOver16IsMalformed() {
        byte[] wire = Dhcp4Codec.encode(discover(), 576);
        wire[2] = 17;
        assertThrows(MalformedPacketException.class, () -> Dhcp4Codec.decode(wire, 0, wire.length));
    }

    @Test
    void optionRunningPastTheEndIsMalformed() {
        byte[] wire = Arrays.copyOf(Dhcp4Codec.encode(discover(), 576), 240 + 3 + 5);
        MalformedPacketException e = assertThrows(MalformedPacketException.class,
                () -> Dhcp4Codec.decode(wire, 0, wire.length));
        assertTrue(e.getMessage().contains("option 61"), e.getMessage());
    }

    @Test
    void optionWithoutLengthOctetIsMalformed() {
        byte[] wire = Arrays.copyOf(Dhcp4Codec.encode(discover(), 576), 241);
        wire[240] = 12;
        assertThrows(MalformedPacketException.class, () -> Dhcp4Codec.decode(wire, 0, wire.length));
    }

    @Test
    void badBoundsAreMalformedNotIndexErrors() {
        byte[] wire = new byte[300];
        assertThrows(MalformedPacketException.class, () -> Dhcp4Codec.decode(wire, 100, 300));
        assertThrows(MalformedPacketException.class, () -> Dhcp4Codec.decode(wire, -1, 10));
    }

    @Test
    void padAndEndCodesCannotBeEncodedAsOptions() {
        Dhcp4Packet p = discover();
        p.options.put(255, new byte[] {1});
        assertThrows(IllegalArgumentException.class, () -> Dhcp4Codec.encode(p, 576));
    }
}
