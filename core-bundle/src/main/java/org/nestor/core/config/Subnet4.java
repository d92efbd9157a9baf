package org.nestor.core.config;

import java.util.List;

/**
 * A validated DHCPv4 subnet.
 *
 * @param id subnet id (auto-assigned as Kea does when the configuration has none)
 * @param prefix network address, unsigned 32 bits
 * @param prefixLength prefix length 0..32
 * @param pools address pools
 * @param interfaceName the {@code interface} directly connected clients arrive on, empty when not set
 * @param relayAddresses {@code relay.ip-addresses} (own or inherited from the shared network)
 * @param clientClass only clients in this class may use the subnet; empty = any
 * @param requireClientClasses {@code only-if-required} classes evaluated for this subnet
 * @param reservations reservations in this subnet
 * @param options subnet option-data
 * @param sharedNetwork name of the shared network holding the subnet, empty when none
 * @param parameters resolved inheritable parameters
 */
public record Subnet4(long id, int prefix, int prefixLength, List<Pool4> pools, String interfaceName,
                      List<Integer> relayAddresses, String clientClass, List<String> requireClientClasses,
                      List<Reservation4> reservations, List<ConfiguredOption> options, String sharedNetwork,
                      SubnetParameters4 parameters) {
    /** @return whether {@code address} lies in this subnet's prefix */
    public boolean inRange(int address) {
        int mask = prefixLength == 0 ? 0 : -1 << (32 - prefixLength);
        return (address & mask) == (prefix & mask);
    }

    /** @return the subnet in Kea's text form, e.g. {@code 192.0.2.0/24} */
    public String text() {
        return org.nestor.hooks.api.lease.Ipv4.toText(prefix) + "/" + prefixLength;
    }
}
