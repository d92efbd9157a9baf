package org.nestor.core.alloc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExpiryIndexTest {
    private record Entry(long expire, int offset) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry o) {
            int c = Long.compare(expire, o.expire);
            return c != 0 ? c : Integer.compare(offset, o.offset);
        }
    }

    /** A small pool keeps positions in an array, a pool beyond 4 Mi addresses in a hash map. */
    @ParameterizedTest
    @ValueSource(ints = {3_000, 1 << 23})
    void earliestFollowsExpiryThenOffsetAfterRandomPutsRenewalsAndRemovals(int poolSize) {
        ExpiryIndex index = new ExpiryIndex(poolSize);
        Map<Integer, Long> model = new HashMap<>();
        Random random = new Random(42);
        for (int step = 0; step < 20_000; step++) {
            int offset = random.nextInt(3_000) * (poolSize / 3_000);
            if (random.nextInt(3) == 0) {
                index.remove(offset);
                model.remove(offset);
            } else {
                long expire = random.nextInt(500);
                index.put(offset, expire);
                model.put(offset, expire);
            }
            if (step % 500 == 0) {
                long now = random.nextInt(500);
                int skipped = offset % 2;
                assertArrayEquals(expected(model, now, 50, skipped), index.earliest(now, 50, o -> o % 2 != skipped));
            }
        }
        assertEquals(model.size(), index.size());
        assertArrayEquals(expected(model, Long.MAX_VALUE, Integer.MAX_VALUE, -1),
                index.earliest(Long.MAX_VALUE, Integer.MAX_VALUE, o -> true));
    }

    private static int[] expected(Map<Integer, Long> model, long now, int max, int skippedParity) {
        TreeSet<Entry> ordered = new TreeSet<>();
        model.forEach((offset, expire) -> ordered.add(new Entry(expire, offset)));
        return ordered.stream().filter(e -> e.expire() <= now).mapToInt(Entry::offset)
                .filter(o -> o % 2 != skippedParity).limit(max).toArray();
    }

    @Test
    void anEmptyIndexOrANonPositiveCountYieldsNothing() {
        ExpiryIndex index = new ExpiryIndex(10);
        index.put(7, 10);
        index.remove(7);
        index.remove(8);
        assertEquals(0, index.size());
        assertArrayEquals(new int[0], index.earliest(100, 5, o -> true));
        index.put(3, 10);
        assertArrayEquals(new int[0], index.earliest(100, 0, o -> true), "no room asked for");
        assertArrayEquals(new int[0], index.earliest(100, -1, o -> true), "a negative count asks for nothing");
    }
}
