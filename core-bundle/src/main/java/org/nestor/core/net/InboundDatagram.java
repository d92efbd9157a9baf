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
 */
public record InboundDatagram(byte[] data, int sourceAddress, int sourcePort, int destinationAddress,
                              String interfaceName, int interfaceAddress) {
}
