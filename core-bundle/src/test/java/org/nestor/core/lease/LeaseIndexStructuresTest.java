package org.nestor.core.lease;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LeaseIndexStructuresTest {
    @Test
    void sortedLongSetAgreesWithTreeSetUnderRandomChanges() {
        Random rnd = new Random(7);
        SortedLongSet set = new SortedLongSet();
        TreeSet<Long> ref = new TreeSet<>();
        for (int i = 0; i < 50_000; i++) {
            long k = rnd.nextInt(20_000) - 10_000L;
            if (rnd.nextInt(3) == 0) {
                assertEquals(ref.remove(k), set.remove(k));
            } else {
                assertEquals(ref.add(k), set.add(k));
            }
        }
        assertEquals(ref.size(), set.size());
        List<Long> seen = new ArrayList<>();
        set.forEachInRange(-5000, 5000, k -> seen.add(k));
        assertEquals(new ArrayList<>(ref.subSet(-5000L, true, 5000L, true)), seen);
    }

    @Test
    void intRecordMapAgreesWithHashMapUnderRandomChanges() {
        Random rnd = new Random(11);
        IntRecordMap map = new IntRecordMap();
        Map<Integer, byte[]> ref = new HashMap<>();
        for (int i = 0; i < 100_000; i++) {
            int k = rnd.nextInt(5000) * 4099;
            if (rnd.nextInt(3) == 0) {
                assertEquals(ref.remove(k), map.remove(k));
            } else {
                byte[] v = {(byte) i};
                assertEquals(ref.put(k, v), map.put(k, v));
            }
        }
        assertEquals(ref.size(), map.size());
        ref.forEach((k, v) -> assertArrayEquals(v, map.get(k)));
    }

    @Test
    void bulkFilledSetIsPackedAndStillAcceptsChanges() {
        long[] keys = new long[5000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = (i / 2) * 3L - 4000;
        }
        SortedLongSet set = new SortedLongSet();
        set.addAllSorted(keys, keys.length);
        TreeSet<Long> ref = new TreeSet<>();
        for (long k : keys) {
            ref.add(k);
        }
        assertEquals(ref.size(), set.size());
        Random rnd = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            long k = rnd.nextInt(20_000) - 10_000L;
            assertEquals(ref.add(k), set.add(k));
            if (rnd.nextBoolean()) {
                assertEquals(ref.remove(k + 1), set.remove(k + 1));
            }
        }
        List<Long> seen = new ArrayList<>();
        set.forEachInRange(Long.MIN_VALUE, Long.MAX_VALUE, seen::add);
        assertEquals(new ArrayList<>(ref), seen);
    }

    @Test
    void ascendingInsertsAreFoundInOrder() {
        SortedLongSet set = new SortedLongSet();
        for (long k = 0; k < 3000; k++) {
            set.add(k * 2);
        }
        set.add(1);
        List<Long> seen = new ArrayList<>();
        set.forEachInRange(0, 6, seen::add);
        assertEquals(List.of(0L, 1L, 2L, 4L, 6L), seen);
        assertEquals(3001, set.size());
    }
}
