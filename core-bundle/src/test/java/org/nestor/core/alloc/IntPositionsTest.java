package org.nestor.core.alloc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IntPositionsTest {
    static List<Supplier<IntPositions>> implementations() {
        return List.of(IntIntMap::new, DenseIntPositions::new);
    }

    /** For the hash map this covers growth and removals that shift colliding keys back; for the array growth. */
    @ParameterizedTest
    @MethodSource("implementations")
    void behavesLikeAHashMapThroughGrowthAndRemovals(Supplier<IntPositions> implementation) {
        IntPositions map = implementation.get();
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
        for (int key = 0; key < 5_000; key++) {
            assertEquals(model.getOrDefault(key, -1), map.get(key), "key " + key);
        }
    }
}
