package org.nestor.core.alloc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntIntMapTest {
    @Test
    void behavesLikeAHashMapThroughGrowthAndRemovalsThatShiftCollidingKeysBack() {
        IntIntMap map = new IntIntMap();
        Map<Integer, Integer> model = new HashMap<>();
        Random random = new Random(7);
        for (int step = 0; step < 200_000; step++) {
            int key = random.nextInt(5_000);
            if (random.nextBoolean()) {
                map.remove(key);
                model.remove(key);
            } else {
                map.put(key, step);
                model.put(key, step);
            }
        }
        assertEquals(model.size(), map.size());
        for (int key = 0; key < 5_000; key++) {
            assertEquals(model.getOrDefault(key, -1), map.get(key), "key " + key);
        }
    }
}
