package org.nestor.core.dhcp4;

import org.nestor.core.net.LinkUnicast;
import org.nestor.core.wire.Dhcp4Packet;

/**
 * A reply ready to encode, with where it goes.
 *
 * @param packet the reply
 * @param destinationAddress IPv4 destination, unsigned 32 bits (0xffffffff = limited broadcast)
 * @param destinationPort UDP destination port
 * @param interfaceName interface to send on (the one the query came in on)
 * @param linkUnicast for a broadcast that a raw socket may unicast to the client's hardware address, else null
 */
public record Dhcp4Response(Dhcp4Packet packet, int destinationAddress, int destinationPort, String interfaceName,
                            LinkUnicast linkUnicast) {

    /** A reply with no layer-2 unicast alternative. */
    public Dhcp4Response(Dhcp4Packet packet, int destinationAddress, int destinationPort, String interfaceName) {
        this(packet, destinationAddress, destinationPort, interfaceName, null);
    }
}
