package org.nestor.core.classify;

import java.net.InetAddress;
import java.util.LinkedHashSet;
import java.util.Set;
import org.nestor.core.wire.Dhcp4Packet;

/**
 * A plain {@link EvalContext} for one received DHCPv4 packet. Its class set starts empty (or with what the caller
 * gives) and grows as classes are assigned.
 *
 * @param packet4 the query
 * @param interfaceName receiving interface
 * @param sourceAddress source IP address
 * @param destinationAddress destination IP address
 * @param packetLength received length in bytes
 * @param classes mutable, insertion-ordered class set
 */
public record PacketEvalContext(Dhcp4Packet packet4, String interfaceName, InetAddress sourceAddress,
                                InetAddress destinationAddress, int packetLength, Set<String> classes)
        implements EvalContext {

    /** A context with a fresh, empty class set. */
    public PacketEvalContext(Dhcp4Packet packet4, String interfaceName, InetAddress sourceAddress,
                             InetAddress destinationAddress, int packetLength) {
        this(packet4, interfaceName, sourceAddress, destinationAddress, packetLength, new LinkedHashSet<>());
    }
}
