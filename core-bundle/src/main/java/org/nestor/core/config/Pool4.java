package org.nestor.core.config;

import java.util.List;

/**
 * An address pool inside a subnet.
 *
 * @param first first address, unsigned 32 bits
 * @param last last address, inclusive
 * @param clientClass only clients in this class may use the pool; empty = any
 * @param requireClientClasses {@code only-if-required} classes evaluated for leases from this pool
 * @param options pool option-data
 * @param poolId Kea 2.4+ {@code pool-id}, 0 when not set
 */
public record Pool4(int first, int last, String clientClass, List<String> requireClientClasses,
                    List<ConfiguredOption> options, long poolId) {
    /** @return whether {@code address} lies in this pool */
    public boolean contains(int address) {
        return Integer.compareUnsigned(address, first) >= 0 && Integer.compareUnsigned(address, last) <= 0;
    }

    /** @return how many addresses the pool has */
    public long size() {
        return Integer.toUnsignedLong(last) - Integer.toUnsignedLong(first) + 1;
    }
}
