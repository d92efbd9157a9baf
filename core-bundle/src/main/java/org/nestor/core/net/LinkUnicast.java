package org.nestor.core.net;

import java.util.Arrays;

/**
 * A reply that may go to a client by its hardware address, before it has configured its IP address
 * (RFC 2131 §4.1: neither giaddr nor ciaddr set, broadcast bit clear). Only a raw socket can do this; a UDP socket
 * broadcasts instead.
 *
 * @param address the IPv4 destination to put in the header (the yiaddr)
 * @param mac the Ethernet destination (the chaddr), 6 bytes
 */
public record LinkUnicast(int address, byte[] mac) {
    public LinkUnicast {
        if (mac.length != 6) {
            throw new IllegalArgumentException("an Ethernet address has 6 bytes, not " + mac.length);
        }
        mac = mac.clone();
    }

    @Override
    public byte[] mac() {
        return mac.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinkUnicast other && other.address == address && Arrays.equals(other.mac, mac);
    }

    @Override
    public int hashCode() {
        return 31 * address + Arrays.hashCode(mac);
    }

    @Override
    public String toString() {
        return Ipv4Text.format(address) + " at " + MacText.format(mac);
    }
}
