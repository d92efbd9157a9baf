package org.nestor.core.alloc;

/** Where each non-negative int key sits (a non-negative position), without boxing. Not thread-safe. */
interface IntPositions {
    /** @return the position of {@code key}, or -1 when it has none */
    int get(int key);

    /** Sets the position of {@code key}. */
    void put(int key, int position);

    /** Forgets {@code key} if present. */
    void remove(int key);

    /**
     * @param keys how many keys there can be (0 to keys - 1)
     * @return a direct array for key ranges up to 4 Mi (at most 16 MB, grown as keys come), a hash map beyond
     */
    static IntPositions forKeys(int keys) {
        return keys <= 1 << 22 ? new DenseIntPositions() : new IntIntMap();
    }
}
