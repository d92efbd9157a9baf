package org.nestor.core.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongFunction;

/**
 * One integer statistic: its current value in an {@link AtomicLong}, and Kea's sample history kept under a lock
 * that the packet path only ever tries: when another thread holds it the sample is skipped, and a reader adds
 * the current value as the newest sample if it is missing. Limited either by count or by age, as Kea does
 * (setting one limit turns the other off).
 */
final class Statistic {
    private final AtomicLong value = new AtomicLong();
    private final ReentrantLock lock = new ReentrantLock();
    private final SampleRing samples = new SampleRing();
    private int maxCount;
    private long maxAgeMicros;
    private volatile boolean removed;

    Statistic(int maxCount, long maxAgeMicros) {
        this.maxCount = maxCount;
        this.maxAgeMicros = maxAgeMicros;
    }

    /** Marks the statistic removed from its manager, so that {@link Counter}s holding it look it up again. */
    boolean markRemoved() {
        removed = true;
        return true;
    }

    boolean removed() {
        return removed;
    }

    long value() {
        return value.get();
    }

    void add(long delta, long nowMicros) {
        long v = value.addAndGet(delta);
        if (lock.tryLock()) {
            try {
                record(v, nowMicros);
            } finally {
                lock.unlock();
            }
        }
    }

    void set(long v, long nowMicros) {
        value.set(v);
        lock.lock();
        try {
            record(v, nowMicros);
        } finally {
            lock.unlock();
        }
    }

    /** Kea's reset: value back to 0, history replaced by that one sample. */
    void reset(long nowMicros) {
        lock.lock();
        try {
            samples.clear();
            value.set(0);
            record(0, nowMicros);
        } finally {
            lock.unlock();
        }
    }

    /** @param count most samples kept; turns the age limit off */
    void limitCount(int count, long nowMicros) {
        lock.lock();
        try {
            maxCount = count;
            maxAgeMicros = 0;
            trim(nowMicros);
        } finally {
            lock.unlock();
        }
    }

    /** @param ageMicros oldest sample kept; turns the count limit off */
    void limitAge(long ageMicros, long nowMicros) {
        lock.lock();
        try {
            maxAgeMicros = ageMicros;
            maxCount = 0;
            trim(nowMicros);
        } finally {
            lock.unlock();
        }
    }

    /** @return {@code [value, timestamp]} pairs, newest first */
    List<List<Object>> samples(long nowMicros, LongFunction<String> timestamp) {
        lock.lock();
        try {
            long v = value.get();
            if (samples.size() == 0 || samples.value(0) != v) {
                record(v, nowMicros);
            }
            List<List<Object>> out = new ArrayList<>(samples.size());
            for (int age = 0; age < samples.size(); age++) {
                out.add(List.of(samples.value(age), timestamp.apply(samples.micros(age))));
            }
            return out;
        } finally {
            lock.unlock();
        }
    }

    private void record(long v, long nowMicros) {
        samples.push(v, nowMicros);
        trim(nowMicros);
    }

    private void trim(long nowMicros) {
        if (maxAgeMicros > 0) {
            samples.dropOlderThan(nowMicros - maxAgeMicros);
        } else {
            samples.keepNewest(Math.max(1, maxCount));
        }
    }
}
