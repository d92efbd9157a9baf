package org.nestor.core.lease;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * A sorted set of {@code long} keys in chunks of primitive arrays: about 8 bytes per key instead of the ~50 of a
 * {@code TreeSet<Long>}. The lease indexes pack two values into one key (e.g. expiry and address) so that an
 * index lookup is a range walk. Keys compare as signed longs; callers flip the sign bit for unsigned order.
 * Not thread-safe.
 */
final class SortedLongSet {
    private static final int CHUNK = 512;

    private final List<long[]> chunks = new ArrayList<>();
    private final List<int[]> sizes = new ArrayList<>();
    private int size;

    int size() {
        return size;
    }

    /** @return false if the key was present already */
    boolean add(long key) {
        if (chunks.isEmpty()) {
            chunks.add(new long[CHUNK]);
            sizes.add(new int[1]);
        }
        int c = chunkFor(key);
        long[] a = chunks.get(c);
        int[] n = sizes.get(c);
        int pos = java.util.Arrays.binarySearch(a, 0, n[0], key);
        if (pos >= 0) {
            return false;
        }
        pos = -pos - 1;
        if (n[0] == CHUNK && pos == CHUNK && c == chunks.size() - 1) {
            // appending past the last key (addresses or expiries handed out in order): a new chunk, so that
            // ascending inserts leave full chunks behind instead of half-full ones
            long[] next = new long[CHUNK];
            next[0] = key;
            chunks.add(next);
            sizes.add(new int[] {1});
            size++;
            return true;
        }
        if (n[0] == CHUNK) {
            long[] right = new long[CHUNK];
            int half = CHUNK / 2;
            System.arraycopy(a, half, right, 0, CHUNK - half);
            n[0] = half;
            chunks.add(c + 1, right);
            sizes.add(c + 1, new int[] {CHUNK - half});
            if (pos > half) {
                c++;
                pos -= half;
                a = right;
                n = sizes.get(c);
            }
        }
        System.arraycopy(a, pos, a, pos + 1, n[0] - pos);
        a[pos] = key;
        n[0]++;
        size++;
        return true;
    }

    /**
     * Fills an empty set with {@code n} keys in ascending order (duplicates skipped), packing them into full
     * chunks: how the lease indexes are built after a lease file was loaded.
     *
     * @throws IllegalStateException if the set is not empty
     */
    void addAllSorted(long[] keys, int n) {
        if (size != 0) {
            throw new IllegalStateException("bulk insertion into a non-empty set");
        }
        chunks.clear();
        sizes.clear();
        long[] a = null;
        int[] count = null;
        for (int i = 0; i < n; i++) {
            if (i > 0 && keys[i] == keys[i - 1]) {
                continue;
            }
            if (a == null || count[0] == CHUNK) {
                a = new long[CHUNK];
                count = new int[1];
                chunks.add(a);
                sizes.add(count);
            }
            a[count[0]++] = keys[i];
            size++;
        }
    }

    /** @return false if the key was absent */
    boolean remove(long key) {
        if (chunks.isEmpty()) {
            return false;
        }
        int c = chunkFor(key);
        long[] a = chunks.get(c);
        int[] n = sizes.get(c);
        int pos = java.util.Arrays.binarySearch(a, 0, n[0], key);
        if (pos < 0) {
            return false;
        }
        System.arraycopy(a, pos + 1, a, pos, n[0] - pos - 1);
        n[0]--;
        size--;
        if (n[0] == 0 && chunks.size() > 1) {
            chunks.remove(c);
            sizes.remove(c);
        }
        return true;
    }

    /**
     * Visits keys {@code from <= k <= to} in ascending order until {@code visitor} returns false.
     */
    void forEachInRange(long from, long to, LongPredicate visitor) {
        if (chunks.isEmpty()) {
            return;
        }
        for (int c = chunkFor(from); c < chunks.size(); c++) {
            long[] a = chunks.get(c);
            int n = sizes.get(c)[0];
            int pos = java.util.Arrays.binarySearch(a, 0, n, from);
            for (int i = pos >= 0 ? pos : -pos - 1; i < n; i++) {
                if (a[i] > to || !visitor.test(a[i])) {
                    return;
                }
            }
        }
    }

    /** @return the index of the last chunk whose first key is at most {@code key}, or 0 */
    private int chunkFor(long key) {
        int lo = 0;
        int hi = chunks.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sizes.get(mid)[0] > 0 && chunks.get(mid)[0] <= key) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
