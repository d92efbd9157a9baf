package org.nestor.core.classify;

import java.net.InetAddress;
import org.nestor.core.wire.Dhcp4Packet;

/** Nodes reading packet metadata ({@code pkt.*}) and fixed fields ({@code pkt4.*}, {@code pkt6.*}). */
final class PacketNodes {
    private PacketNodes() {
    }

    /** @return the node for {@code pkt.<field>} */
    static StringNode pkt(TokenType field) {
        return switch (field) {
            case IFACE -> c -> c.interfaceName() == null ? Bytes.EMPTY : Bytes.utf8(c.interfaceName());
            case SRC -> c -> address(c.sourceAddress());
            case DST -> c -> address(c.destinationAddress());
            case LEN -> c -> Bytes.uint32(c.packetLength() & 0xffffffffL);
            default -> throw new IllegalArgumentException(field.name());
        };
    }

    /** @return the node for {@code pkt4.<field>}; integers and addresses as 4 bytes */
    static StringNode pkt4(TokenType field) {
        return switch (field) {
            case CHADDR -> c -> packet4(c).hwAddress();
            case HLEN -> c -> Bytes.uint32(packet4(c).hlen);
            case HTYPE -> c -> Bytes.uint32(packet4(c).htype);
            case CIADDR -> c -> Bytes.uint32(packet4(c).ciaddr);
            case GIADDR -> c -> Bytes.uint32(packet4(c).giaddr);
            case YIADDR -> c -> Bytes.uint32(packet4(c).yiaddr);
            case SIADDR -> c -> Bytes.uint32(packet4(c).siaddr);
            case MSGTYPE -> c -> Bytes.uint32(packet4(c).messageType());
            case TRANSID -> c -> Bytes.uint32(packet4(c).xid);
            default -> throw new IllegalArgumentException(field.name());
        };
    }

    /** @return the node for {@code pkt6.<field>} */
    static StringNode pkt6(TokenType field) {
        return field == TokenType.MSGTYPE
                ? c -> Bytes.uint32(c.pkt6MessageType())
                : c -> Bytes.uint32(c.pkt6TransactionId());
    }

    private static Dhcp4Packet packet4(EvalContext c) {
        Dhcp4Packet p = c.packet4();
        if (p == null) throw new EvalFailure("pkt4 field used on a non-DHCPv4 packet");
        return p;
    }

    private static byte[] address(InetAddress a) {
        return a == null ? Bytes.EMPTY : a.getAddress();
    }
}
