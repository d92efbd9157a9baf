package org.nestor.core.alloc;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.nestor.core.config.Pool4;

/**
 * Which addresses of one pool are taken, so a free one is found without scanning the pool or the lease store: a
 * bitset of taken offsets with a round-robin cursor (Kea's iterative order), and an expiry index of taken addresses
 * so expired leases can be reused once no never-used address is left; both primitive, so that taking, renewing and
 * freeing an address allocate nothing on the packet path. A hint only: the lease store is the truth,
 * and callers correct the hint when they find it wrong.
 */
final class PoolOccupancy {
    private final Pool4 pool;
    private final int size;
    private final BitSet taken;
    private final BitSet reserved;
    private final ExpiryIndex expiries;
    private int cursor;
    private boolean handedOut;

    PoolOccupancy(Pool4 pool) {
        this.pool = pool;
        this.size = (int) Math.min(Integer.MAX_VALUE, pool.size());
        this.taken = new BitSet(size);
        this.reserved = new BitSet(size);
        this.expiries = new ExpiryIndex(size);
    }

    Pool4 pool() {
        return pool;
    }

    int size() {
        return size;
    }

    private int offset(int address) {
        return address - pool.first();
    }

    /** Keeps {@code address} out of dynamic allocation: it is reserved for a host. */
    synchronized void reserve(int address) {
        reserved.set(offset(address));
    }

    /** Marks {@code address} taken by a lease expiring at {@code expire}. */
    synchronized void take(int address, long expire) {
        int off = offset(address);
        taken.set(off);
        expiries.put(off, expire);
    }

    /** Marks {@code address} free. */
    synchronized void free(int address) {
        int off = offset(address);
        taken.clear(off);
        expiries.remove(off);
    }

    /**
     * @return the next address never taken (round robin from the last one handed out), or -1 when none is left
     */
    synchronized long nextFree() {
        int off = nextClear(cursor);
        if (off < 0 && cursor > 0) {
            off = nextClear(0);
        }
        if (off < 0) {
            return -1;
        }
        cursor = off + 1 >= size ? 0 : off + 1;
        handedOut = true;
        return Integer.toUnsignedLong(pool.first() + off);
    }

    /** @return true when the last address handed out was the pool's last one: Kea then moves to the next pool */
    synchronized boolean reachedEnd() {
        return handedOut && cursor == 0;
    }

    private int nextClear(int from) {
        int off = from;
        while (off < size) {
            int t = taken.nextClearBit(off);
            int r = reserved.nextClearBit(off);
            if (t >= size || r >= size) {
                return -1;
            }
            if (t == r) {
                return t;
            }
            off = Math.max(t, r);
        }
        return -1;
    }

    /** @return up to {@code max} taken addresses whose lease expired at or before {@code now}, oldest first */
    synchronized List<Integer> expired(long now, int max) {
        int[] offsets = expiries.earliest(now, max, off -> !reserved.get(off));
        List<Integer> out = new ArrayList<>(offsets.length);
        for (int off : offsets) {
            out.add(pool.first() + off);
        }
        return out;
    }

    /** @return how many addresses are taken */
    synchronized int takenCount() {
        return expiries.size();
    }
}
