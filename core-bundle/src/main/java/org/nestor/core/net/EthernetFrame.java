package org.nestor.core.net;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;

/**
 * Ethernet + IPv4 + UDP frames: building one around a payload with correct IPv4 and UDP checksums, and taking a
 * received one apart. Frames with IP options are read; those with a bad IPv4 header checksum are rejected.
 */
final class EthernetFrame {
    static final byte[] BROADCAST_MAC = {-1, -1, -1, -1, -1, -1};
    private static final int ETH_HEADER = 14;
    private static final int IP_HEADER = 20;
    private static final int UDP_HEADER = 8;
    private static final int TTL = 128;
    private static final int PROTO_UDP = 17;

    /**
     * A received UDP datagram with its link-layer and IP details.
     *
     * @param sourceMac Ethernet source
     * @param source IPv4 source
     * @param destination IPv4 destination
     * @param sourcePort UDP source port
     * @param destinationPort UDP destination port
     * @param payload the UDP payload
     */
    record Received(byte[] sourceMac, int source, int destination, int sourcePort, int destinationPort,
                    byte[] payload) {
    }

    private EthernetFrame() {
    }

    /** @return a frame carrying {@code payload} from {@code srcMac/srcIp:srcPort} to {@code dstMac/dstIp:dstPort} */
    static byte[] build(byte[] srcMac, byte[] dstMac, int srcIp, int dstIp, int srcPort, int dstPort,
                        byte[] payload) {
        int udpLength = UDP_HEADER + payload.length;
        ByteBuffer f = ByteBuffer.allocate(ETH_HEADER + IP_HEADER + udpLength);
        f.put(dstMac, 0, 6).put(srcMac, 0, 6).putShort((short) 0x0800);
        f.put((byte) 0x45).put((byte) 0x10).putShort((short) (IP_HEADER + udpLength)) // TOS: low delay, as Kea
                .putShort((short) 0).putShort((short) 0x4000)                          // no ID, don't fragment
                .put((byte) TTL).put((byte) PROTO_UDP).putShort((short) 0).putInt(srcIp).putInt(dstIp);
        f.putShort(ETH_HEADER + 10, (short) Checksum.of(f.array(), ETH_HEADER, IP_HEADER, 0));
        f.putShort((short) srcPort).putShort((short) dstPort).putShort((short) udpLength).putShort((short) 0)
                .put(payload);
        long pseudo = Checksum.pseudoHeader(srcIp, dstIp, PROTO_UDP, udpLength);
        int udpSum = Checksum.of(f.array(), ETH_HEADER + IP_HEADER, udpLength, pseudo);
        f.putShort(ETH_HEADER + IP_HEADER + 6, (short) (udpSum == 0 ? 0xffff : udpSum));
        return f.array();
    }

    /** @return the datagram in the first {@code length} bytes of {@code frame}, empty when it is not a sound one */
    static Optional<Received> parse(byte[] frame, int length) {
        if (length < ETH_HEADER + IP_HEADER + UDP_HEADER) {
            return Optional.empty();
        }
        ByteBuffer f = ByteBuffer.wrap(frame, 0, length);
        int ihl = (frame[ETH_HEADER] & 0x0f) * 4;
        int ipTotal = f.getShort(ETH_HEADER + 2) & 0xffff;
        if (f.getShort(12) != 0x0800 || (frame[ETH_HEADER] & 0xf0) != 0x40 || ihl < IP_HEADER
                || ipTotal > length - ETH_HEADER || ipTotal < ihl + UDP_HEADER
                || Checksum.of(frame, ETH_HEADER, ihl, 0) != 0) {
            return Optional.empty();
        }
        int udp = ETH_HEADER + ihl;
        int udpLength = f.getShort(udp + 4) & 0xffff;
        if (udpLength < UDP_HEADER || udpLength > ipTotal - ihl) {
            return Optional.empty();
        }
        return Optional.of(new Received(Arrays.copyOfRange(frame, 6, 12), f.getInt(ETH_HEADER + 12),
                f.getInt(ETH_HEADER + 16), f.getShort(udp) & 0xffff, f.getShort(udp + 2) & 0xffff,
                Arrays.copyOfRange(frame, udp + UDP_HEADER, udp + udpLength)));
    }
}
