package org.nestor.core.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EthernetFrameTest {
    private static final byte[] SERVER_MAC = {2, 0, 0, 0, 0, 1};
    private static final byte[] CLIENT_MAC = {2, 0, 0, 0, 0, 2};
    private static final int SERVER = 0xc0000201;  // 192.0.2.1
    private static final int CLIENT = 0xc0000264;  // 192.0.2.100

    private static byte[] sample(int payloadLength) {
        byte[] payload = new byte[payloadLength];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = (byte) (i * 7 + 3);
        }
        return EthernetFrame.build(SERVER_MAC, CLIENT_MAC, SERVER, CLIENT, 67, 68, payload);
    }

    @Test
    void builtFrameReadsBackWithItsAddressesPortsAndPayload() {
        byte[] frame = sample(301);
        EthernetFrame.Received r = EthernetFrame.parse(frame, frame.length).orElseThrow();
        assertArrayEquals(SERVER_MAC, r.sourceMac());
        assertEquals(SERVER, r.source());
        assertEquals(CLIENT, r.destination());
        assertEquals(67, r.sourcePort());
        assertEquals(68, r.destinationPort());
        assertEquals(301, r.payload().length);
        assertArrayEquals(CLIENT_MAC, java.util.Arrays.copyOf(frame, 6));
    }

    @Test
    void udpChecksumOverPseudoHeaderAndDatagramSumsToZero() {
        for (int length : new int[] {300, 301}) {
            byte[] frame = sample(length);
            int udpLength = 8 + length;
            long pseudo = Checksum.pseudoHeader(SERVER, CLIENT, 17, udpLength);
            assertEquals(0, Checksum.of(frame, 34, udpLength, pseudo), "odd and even payloads");
        }
    }

    @Test
    void frameWithACorruptedIpHeaderIsRejected() {
        byte[] frame = sample(10);
        frame[14 + 8] ^= 1; // TTL
        assertTrue(EthernetFrame.parse(frame, frame.length).isEmpty());
    }

    @Test
    void truncatedFrameIsRejected() {
        byte[] frame = sample(100);
        assertTrue(EthernetFrame.parse(frame, 60).isEmpty());
    }
}
