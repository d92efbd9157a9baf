package org.nestor.core.net;

/**
 * A UDP datagram as received, with what the engine needs to know about where it came in.
 *
 * @param data the UDP payload
 * @param sourceAddress IPv4 source address, unsigned 32 bits
 * @param sourcePort UDP source port
 * @param destinationAddress IPv4 destination (0xffffffff for broadcast; 0 when unknown)
 * @param interfaceName the interface it arrived on, empty when unknown
 * @param interfaceAddress the primary IPv4 address of that interface, 0 when unknown
 * @param interfaceIndex the kernel's index of that interface, 0 when unknown (UDP sockets)
 * @param sourceMac the Ethernet source address, empty when unknown (UDP sockets)
 */
public record InboundDatagram(byte[] data, int sourceAddress, int sourcePort, int destinationAddress,
                              String interfaceName, int interfaceAddress, int interfaceIndex, byte[] sourceMac) {

    /** The source MAC of a datagram from a UDP socket: none (shared; never written). */
    private static final byte[] NO_MAC = new byte[0];

    /** A datagram received on a UDP socket: no link-layer details. */
    public InboundDatagram(byte[] data, int sourceAddress, int sourcePort, int destinationAddress,
                           String interfaceName, int interfaceAddress) {
        this(data, sourceAddress, sourcePort, destinationAddress, interfaceName, interfaceAddress, 0, NO_MAC);
    }
}
