package org.nestor.core.alloc;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Pool offsets ordered by (expiry, offset) without boxing: a binary min-heap in parallel primitive arrays with an
 * offset-to-position map, so setting or removing an offset's expiry costs O(log n) and allocates only when the
 * arrays grow. Not thread-safe.
 */
final class ExpiryIndex {
    private int[] offsets = new int[16];
    private long[] expiries = new long[16];
    private int size;
    private final IntPositions positions;

    /** @param offsets how many offsets there can be (0 to offsets - 1) */
    ExpiryIndex(int offsets) {
        this.positions = IntPositions.forKeys(offsets);
    }

    /** Sets the expiry of {@code offset}, adding it when absent. */
    void put(int offset, long expire) {
        int at = positions.get(offset);
        if (at < 0) {
            if (size == offsets.length) {
                offsets = Arrays.copyOf(offsets, size * 2);
                expiries = Arrays.copyOf(expiries, size * 2);
            }
            at = size++;
            place(at, offset, expire);
        } else {
            expiries[at] = expire;
        }
        siftDown(siftUp(at));
    }

    /** Removes {@code offset} if present. */
    void remove(int offset) {
        int at = positions.get(offset);
        if (at < 0) {
            return;
        }
        positions.remove(offset);
        int last = --size;
        if (at != last) {
            place(at, offsets[last], expiries[last]);
            siftDown(siftUp(at));
        }
    }

    /** @return how many offsets have an expiry */
    int size() {
        return size;
    }

    /**
     * @param wanted offsets to report; the others are passed over
     * @return up to {@code max} wanted offsets expiring at or before {@code now}, earliest (then lowest) first
     */
    int[] earliest(long now, int max, IntPredicate wanted) {
        int[] out = new int[Math.max(0, Math.min(max, size))];
        int found = 0;
        int[] frontier = new int[8];
        int open = 0;
        if (size > 0) {
            frontier[open++] = 0;
        }
        while (open > 0 && found < out.length) {
            int at = frontier[0];
            frontier[0] = frontier[--open];
            siftFrontier(frontier, open);
            if (expiries[at] > now) {
                break;
            }
            if (wanted.test(offsets[at])) {
                out[found++] = offsets[at];
            }
            if (open + 2 > frontier.length) {
                frontier = Arrays.copyOf(frontier, frontier.length * 2);
            }
            for (int child = 2 * at + 1; child <= 2 * at + 2 && child < size; child++) {
                frontier[open++] = child;
                frontierUp(frontier, open - 1);
            }
        }
        return Arrays.copyOf(out, found);
    }

    private boolean before(int a, int b) {
        return before(expiries[a], offsets[a], expiries[b], offsets[b]);
    }

    private static boolean before(long expireA, int offsetA, long expireB, int offsetB) {
        return expireA < expireB || expireA == expireB && offsetA < offsetB;
    }

    private void place(int at, int offset, long expire) {
        offsets[at] = offset;
        expiries[at] = expire;
        positions.put(offset, at);
    }

    /** Moves the entry at {@code at} up past later parents: each parent moves down once, into the hole. */
    private int siftUp(int at) {
        int offset = offsets[at];
        long expire = expiries[at];
        int hole = at;
        while (hole > 0) {
            int parent = (hole - 1) / 2;
            if (!before(expire, offset, expiries[parent], offsets[parent])) {
                break;
            }
            place(hole, offsets[parent], expiries[parent]);
            hole = parent;
        }
        if (hole != at) {
            place(hole, offset, expire);
        }
        return hole;
    }

    private void siftDown(int at) {
        int offset = offsets[at];
        long expire = expiries[at];
        int hole = at;
        while (true) {
            int child = 2 * hole + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && before(child + 1, child)) {
                child++;
            }
            if (!before(expiries[child], offsets[child], expire, offset)) {
                break;
            }
            place(hole, offsets[child], expiries[child]);
            hole = child;
        }
        if (hole != at) {
            place(hole, offset, expire);
        }
    }

    /** Restores the order of a heap of heap positions after its root was replaced. */
    private void siftFrontier(int[] heap, int n) {
        int at = 0;
        while (true) {
            int least = at;
            for (int child = 2 * at + 1; child <= 2 * at + 2 && child < n; child++) {
                if (before(heap[child], heap[least])) {
                    least = child;
                }
            }
            if (least == at) {
                return;
            }
            int t = heap[at];
            heap[at] = heap[least];
            heap[least] = t;
            at = least;
        }
    }

    private void frontierUp(int[] heap, int at) {
        while (at > 0 && before(heap[at], heap[(at - 1) / 2])) {
            int parent = (at - 1) / 2;
            int t = heap[at];
            heap[at] = heap[parent];
            heap[parent] = t;
            at = parent;
        }
    }
}
