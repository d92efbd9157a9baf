package org.nestor.hooks.api.lease;

/**
 * What lease and statistics commands know of a configured IPv4 subnet.
 *
 * @param id the subnet id
 * @param prefix the network address, unsigned 32 bits
 * @param prefixLength 0..32
 * @param totalAddresses how many addresses its pools hold (Kea's {@code total-addresses})
 * @param validLifetime the subnet's default {@code valid-lifetime}, seconds (what {@code lease4-add} grants when the
 *                      command gives none)
 */
public record SubnetSummary4(long id, int prefix, int prefixLength, long totalAddresses, long validLifetime) {
    /** @return whether {@code address} lies in the subnet's prefix */
    public boolean contains(int address) {
        int mask = prefixLength == 0 ? 0 : -1 << (32 - prefixLength);
        return (address & mask) == (prefix & mask);
    }

    /** @return the subnet in Kea's notation, {@code 192.0.2.0/24} */
    public String text() {
        return Ipv4.toText(prefix) + "/" + prefixLength;
    }
}
