package org.nestor.core.lease;

/**
 * Open-addressing hash map from an {@code int} key (an IPv4 address) to a {@code byte[]} record, without boxing:
 * two parallel arrays, linear probing, deletion by backward shift. Not thread-safe.
 */
final class IntRecordMap {
    private int[] keys;
    private byte[][] values;
    private int size;

    IntRecordMap() {
        this(0);
    }

    /** @param expected how many entries the map should hold without growing */
    IntRecordMap(int expected) {
        int capacity = 1024;
        while (capacity * 3L < expected * 4L) {
            capacity *= 2;
        }
        keys = new int[capacity];
        values = new byte[capacity][];
    }

    int size() {
        return size;
    }

    byte[] get(int key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); values[i] != null; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        return null;
    }

    /** @return the previous record, or null */
    byte[] put(int key, byte[] value) {
        if ((size + 1) * 4L > keys.length * 3L) {
            resize(keys.length * 2);
        }
        int mask = keys.length - 1;
        int i = slot(key, mask);
        for (; values[i] != null; i = (i + 1) & mask) {
            if (keys[i] == key) {
                byte[] old = values[i];
                values[i] = value;
                return old;
            }
        }
        keys[i] = key;
        values[i] = value;
        size++;
        return null;
    }

    /** @return the removed record, or null */
    byte[] remove(int key) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        for (; values[i] != null; i = (i + 1) & mask) {
            if (keys[i] == key) {
                byte[] old = values[i];
                shiftBack(i, mask);
                size--;
                return old;
            }
        }
        return null;
    }

    /**
     * Fills {@code out} (which must hold {@link #size()}) with one value per entry: its key, unsigned, in the high
     * 32 bits and its slot in the low 32, for {@link #keyAt} / {@link #valueAt}. @return the count
     */
    int fillSlots(long[] out) {
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (values[i] != null) {
                out[n++] = (Integer.toUnsignedLong(keys[i]) << 32) | i;
            }
        }
        return n;
    }

    int keyAt(int slot) {
        return keys[slot];
    }

    byte[] valueAt(int slot) {
        return values[slot];
    }

    /** Visits every entry in slot order; {@code visitor} must not modify the map. */
    void forEach(Visitor visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (values[i] != null) {
                visitor.visit(keys[i], values[i]);
            }
        }
    }

    /** Receives one entry. */
    interface Visitor {
        void visit(int key, byte[] value);
    }

    private void shiftBack(int gap, int mask) {
        int i = gap;
        while (true) {
            i = (i + 1) & mask;
            if (values[i] == null) {
                break;
            }
            int home = slot(keys[i], mask);
            boolean movable = gap <= i ? (home <= gap || home > i) : (home <= gap && home > i);
            if (movable) {
                keys[gap] = keys[i];
                values[gap] = values[i];
                gap = i;
            }
        }
        values[gap] = null;
    }

    private void resize(int capacity) {
        int[] oldKeys = keys;
        byte[][] oldValues = values;
        keys = new int[capacity];
        values = new byte[capacity][];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != null) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int slot(int key, int mask) {
        int h = key * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }
}
