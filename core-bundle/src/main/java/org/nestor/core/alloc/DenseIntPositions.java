package org.nestor.core.alloc;

import java.util.Arrays;

/** {@link IntPositions} in an array indexed by key, grown to the highest key seen: for small dense key ranges. */
final class DenseIntPositions implements IntPositions {
    private int[] slots = new int[64];

    @Override
    public int get(int key) {
        return key < slots.length ? slots[key] - 1 : -1;
    }

    @Override
    public void put(int key, int position) {
        if (key >= slots.length) {
            slots = Arrays.copyOf(slots, Math.max(key + 1, slots.length * 2));
        }
        slots[key] = position + 1;
    }

    @Override
    public void remove(int key) {
        if (key < slots.length) {
            slots[key] = 0;
        }
    }
}
