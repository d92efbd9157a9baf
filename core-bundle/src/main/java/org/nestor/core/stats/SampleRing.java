package org.nestor.core.stats;

/**
 * The samples of one statistic, newest last in a ring of primitive arrays: a fixed capacity when limited by
 * count, growing when limited by age. Not thread-safe: {@link Statistic} guards it.
 */
final class SampleRing {
    private long[] values = new long[4];
    private long[] micros = new long[4];
    private int head;
    private int count;

    int size() {
        return count;
    }

    void push(long value, long timeMicros) {
        if (count == values.length) {
            grow();
        }
        int i = wrap(head + count);
        values[i] = value;
        micros[i] = timeMicros;
        count++;
    }

    /** Drops the oldest samples until at most {@code max} remain. */
    void keepNewest(int max) {
        while (count > max) {
            dropOldest();
        }
    }

    /** Drops samples older than {@code cutoffMicros}, keeping at least the newest. */
    void dropOlderThan(long cutoffMicros) {
        while (count > 1 && micros[head] < cutoffMicros) {
            dropOldest();
        }
    }

    void clear() {
        head = 0;
        count = 0;
    }

    /** @param age 0 = newest */
    long value(int age) {
        return values[wrap(head + count - 1 - age)];
    }

    /** @param age 0 = newest */
    long micros(int age) {
        return micros[wrap(head + count - 1 - age)];
    }

    private void dropOldest() {
        head = wrap(head + 1);
        count--;
    }

    /** @return {@code i} (at most twice the capacity less one) as an index of the ring, without a division */
    private int wrap(int i) {
        return i >= values.length ? i - values.length : i;
    }

    private void grow() {
        long[] v = new long[values.length * 2];
        long[] m = new long[values.length * 2];
        for (int i = 0; i < count; i++) {
            v[i] = values[(head + i) % values.length];
            m[i] = micros[(head + i) % values.length];
        }
        values = v;
        micros = m;
        head = 0;
    }
}
