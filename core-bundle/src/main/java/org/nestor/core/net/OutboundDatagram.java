package org.nestor.core.net;

/**
 * A UDP datagram to send.
 *
 * @param data the UDP payload
 * @param destinationAddress IPv4 destination, unsigned 32 bits (0xffffffff = limited broadcast)
 * @param destinationPort UDP destination port
 * @param interfaceName the interface to send on (the one the query came in on), empty = by routing
 * @param linkUnicast when not null, a broadcast that a raw socket sends instead to this hardware and IP address
 */
public record OutboundDatagram(byte[] data, int destinationAddress, int destinationPort, String interfaceName,
                               LinkUnicast linkUnicast) {

    /** A datagram sent as addressed, with no layer-2 unicast alternative. */
    public OutboundDatagram(byte[] data, int destinationAddress, int destinationPort, String interfaceName) {
        this(data, destinationAddress, destinationPort, interfaceName, null);
    }
}
