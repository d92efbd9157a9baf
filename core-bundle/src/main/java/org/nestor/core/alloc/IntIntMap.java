package org.nestor.core.alloc;

import java.util.Arrays;

/**
 * A map from non-negative ints to ints without boxing: open addressing with linear probing and backward-shift
 * deletion, so it allocates only when it grows. Not thread-safe.
 */
final class IntIntMap implements IntPositions {
    private static final int FREE = -1;

    private int[] keys;
    private int[] values;
    private int mask;
    private int size;

    IntIntMap() {
        allocate(16);
    }

    private void allocate(int capacity) {
        keys = new int[capacity];
        Arrays.fill(keys, FREE);
        values = new int[capacity];
        mask = capacity - 1;
    }

    private int slot(int key) {
        int h = key * 0x9E3779B9;
        return (h ^ h >>> 16) & mask;
    }

    /** @return the value of {@code key}, or -1 when it has none */
    @Override
    public int get(int key) {
        for (int i = slot(key);; i = i + 1 & mask) {
            if (keys[i] == key) {
                return values[i];
            }
            if (keys[i] == FREE) {
                return -1;
            }
        }
    }

    /** Sets the value of {@code key} (which must be >= 0). */
    @Override
    public void put(int key, int value) {
        int i = slot(key);
        while (keys[i] != FREE && keys[i] != key) {
            i = i + 1 & mask;
        }
        if (keys[i] == key) {
            values[i] = value;
            return;
        }
        keys[i] = key;
        values[i] = value;
        if (++size > (mask + 1) * 3 / 4) {
            grow();
        }
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldValues = values;
        allocate(oldKeys.length * 2);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    /** Removes {@code key} if present. */
    @Override
    public void remove(int key) {
        int i = slot(key);
        while (keys[i] != key) {
            if (keys[i] == FREE) {
                return;
            }
            i = i + 1 & mask;
        }
        size--;
        for (int gap = i, j = i + 1 & mask;; j = j + 1 & mask) {
            if (keys[j] == FREE) {
                keys[gap] = FREE;
                return;
            }
            int home = slot(keys[j]);
            boolean movable = gap <= j ? home <= gap || home > j : home <= gap && home > j;
            if (movable) {
                keys[gap] = keys[j];
                values[gap] = values[j];
                gap = j;
            }
        }
    }
}
