package org.nestor.core.lease;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import org.nestor.hooks.api.lease.Lease4;

/**
 * Packed leases taken under the store's lock and used after it is released: addresses and their (immutable)
 * records, in parallel arrays. {@link #asList()} decodes a lease only when it is asked for, so that a caller
 * walking a million leases (statistics, pool state, {@code lease4-get-all}) makes short-lived garbage, not a
 * million live lease objects at once.
 */
final class LeaseSnapshot4 {
    private static final long LOW32 = 0xffffffffL;

    private final int[] addresses;
    private final byte[][] records;
    private final int size;

    LeaseSnapshot4(int[] addresses, byte[][] records, int size) {
        this.addresses = addresses;
        this.records = records;
        this.size = size;
    }

    int size() {
        return size;
    }

    int address(int i) {
        return addresses[i];
    }

    byte[] record(int i) {
        return records[i];
    }

    Lease4 lease(int i) {
        return LeaseRecord4.decode(addresses[i], records[i]);
    }

    /** @return the leases as an unmodifiable list that decodes each lease on access */
    List<Lease4> asList() {
        return new Decoding();
    }

    /** @return the same leases ordered by address (unsigned) */
    LeaseSnapshot4 sortedByAddress() {
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            keys[i] = ((addresses[i] & LOW32) << 32) | i;
        }
        Arrays.sort(keys);
        int[] a = new int[size];
        byte[][] r = new byte[size][];
        for (int i = 0; i < size; i++) {
            a[i] = (int) (keys[i] >>> 32);
            r[i] = records[(int) (keys[i] & LOW32)];
        }
        return new LeaseSnapshot4(a, r, size);
    }

    /** Collects leases one by one into a snapshot. */
    static final class Builder {
        private int[] addresses;
        private byte[][] records;
        private int size;

        /** @param expected how many leases are expected (the arrays grow beyond it if need be) */
        Builder(int expected) {
            addresses = new int[Math.max(expected, 16)];
            records = new byte[addresses.length][];
        }

        void add(int address, byte[] record) {
            if (size == addresses.length) {
                addresses = Arrays.copyOf(addresses, size * 2);
                records = Arrays.copyOf(records, size * 2);
            }
            addresses[size] = address;
            records[size++] = record;
        }

        LeaseSnapshot4 build() {
            return new LeaseSnapshot4(addresses, records, size);
        }
    }

    private final class Decoding extends AbstractList<Lease4> implements RandomAccess {
        @Override
        public Lease4 get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException("index " + index + ", size " + size);
            }
            return lease(index);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
