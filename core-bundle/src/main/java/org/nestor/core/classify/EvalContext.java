package org.nestor.core.classify;

import java.net.InetAddress;
import java.util.Set;
import org.nestor.core.wire.Dhcp4Packet;

/**
 * What an expression may look at while a packet is classified. The engine implements it (or uses
 * {@link PacketEvalContext}); implementations must be cheap to call, they are called per token per packet.
 * Option definitions are not needed here: names and types are resolved when the expression is parsed.
 * <p>
 * DHCPv6 contexts override the {@code pkt6}/{@code relay6} methods and {@link #option(int)}; DHCPv4 ones keep the
 * defaults.
 */
public interface EvalContext {
    /** @return the DHCPv4 query, or null when classifying a DHCPv6 packet */
    Dhcp4Packet packet4();

    /** @return the name of the interface the packet came in on ({@code pkt.iface}) */
    String interfaceName();

    /** @return the packet's source address ({@code pkt.src}), or null when unknown */
    InetAddress sourceAddress();

    /** @return the packet's destination address ({@code pkt.dst}), or null when unknown */
    InetAddress destinationAddress();

    /** @return the length of the packet as received, in bytes ({@code pkt.len}) */
    int packetLength();

    /**
     * @return the classes the packet belongs to so far, in the order they were assigned. The
     *         {@link ClassEvaluator} adds to this set, so it must be mutable and keep insertion order.
     */
    Set<String> classes();

    /** @return the payload of top-level option {@code code} in the query, or null when absent */
    default byte[] option(int code) {
        Dhcp4Packet p = packet4();
        return p == null ? null : p.options.get(code);
    }

    /** @return the DHCPv6 message type, or -1 when not a DHCPv6 packet */
    default int pkt6MessageType() {
        return -1;
    }

    /** @return the DHCPv6 transaction id, or -1 when not a DHCPv6 packet */
    default int pkt6TransactionId() {
        return -1;
    }

    /**
     * @param nest relay level: 0 nearest to the server, negative counts from the client side (-1 nearest client)
     * @return the payload of option {@code code} in that relay's encapsulation, or null
     */
    default byte[] relay6Option(int nest, int code) {
        return null;
    }

    /** @return the peer-address (16 bytes) of relay level {@code nest}, or null when there is no such relay */
    default byte[] relay6PeerAddress(int nest) {
        return null;
    }

    /** @return the link-address (16 bytes) of relay level {@code nest}, or null when there is no such relay */
    default byte[] relay6LinkAddress(int nest) {
        return null;
    }
}
