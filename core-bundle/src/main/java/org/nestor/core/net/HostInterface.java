package org.nestor.core.net;

import java.util.List;

/**
 * A network interface of this host as the transport sees it.
 *
 * @param name the kernel name, e.g. {@code eth0}
 * @param up whether it is administratively up
 * @param loopback whether it is a loopback interface
 * @param addresses its IPv4 addresses, primary first
 */
public record HostInterface(String name, boolean up, boolean loopback, List<Prefix> addresses) {

    public HostInterface {
        addresses = List.copyOf(addresses);
    }

    /**
     * One IPv4 address with its prefix length.
     *
     * @param address unsigned 32 bits
     * @param length the prefix length, 0..32
     */
    public record Prefix(int address, int length) {
        /** @return whether {@code other} lies in this prefix */
        public boolean contains(int other) {
            int mask = length == 0 ? 0 : -1 << (32 - length);
            return (address & mask) == (other & mask);
        }
    }

    /** @return the primary IPv4 address, 0 when it has none */
    public int primaryAddress() {
        return addresses.isEmpty() ? 0 : addresses.get(0).address();
    }

    /** @return whether {@code address} is one of its addresses */
    public boolean hasAddress(int address) {
        return addresses.stream().anyMatch(p -> p.address() == address);
    }
}
