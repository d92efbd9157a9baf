package org.nestor.core.dhcp4;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nestor.core.config.Dhcp4Config;
import org.nestor.core.host.Host4;
import org.nestor.core.net.InboundDatagram;
import org.nestor.core.wire.Dhcp4Packet;

/**
 * Puts queries in client classes. The engine asks three times, as Kea does: at reception, after the host
 * reservation lookup, and for the {@code only-if-required} classes the subnet, network or pool requires.
 */
public interface ClientClassifier {
    /**
     * @param in the datagram the query arrived in (interface, addresses, length for {@code pkt.*} tests)
     * @return the classes of a query at reception (before subnet selection), in evaluation order
     */
    Set<String> classify(Dhcp4Packet query, InboundDatagram in);

    /**
     * @param classes the classes so far
     * @param host the client's reservation, if any
     * @return the classes once the reservation is known (KNOWN or UNKNOWN, the reservation's classes, ...)
     */
    Set<String> afterHostLookup(Dhcp4Packet query, InboundDatagram in, Set<String> classes, Optional<Host4> host);

    /**
     * @param required class names listed in {@code require-client-classes} of the pool, subnet and network
     * @return the classes once the required ones are evaluated
     */
    Set<String> evaluateRequired(Dhcp4Packet query, InboundDatagram in, Set<String> classes, List<String> required);

    /** Makes a classifier for a configuration. */
    @FunctionalInterface
    interface Factory {
        /** @return the classifier for {@code config} */
        ClientClassifier create(Dhcp4Config config);
    }
}
