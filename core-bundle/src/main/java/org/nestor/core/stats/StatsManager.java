package org.nestor.core.stats;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The server's statistics under Kea's names ({@code pkt4-received}, {@code subnet[1].assigned-addresses}, ...).
 * Integer statistics only for now; counters are lock-free so the packet path can update them freely.
 */
public final class StatsManager {
    private final Map<String, AtomicLong> values = new ConcurrentHashMap<>();

    /** Adds {@code delta} to statistic {@code name}, creating it at 0 first. */
    public void add(String name, long delta) {
        values.computeIfAbsent(name, n -> new AtomicLong()).addAndGet(delta);
    }

    /** Sets statistic {@code name} to {@code value}. */
    public void set(String name, long value) {
        values.computeIfAbsent(name, n -> new AtomicLong()).set(value);
    }

    /** @return the value of {@code name}, 0 when it does not exist */
    public long value(String name) {
        AtomicLong v = values.get(name);
        return v == null ? 0 : v.get();
    }

    /** @return whether a statistic named {@code name} exists */
    public boolean exists(String name) {
        return values.containsKey(name);
    }

    /** Removes statistic {@code name}. */
    public void remove(String name) {
        values.remove(name);
    }

    /** @return a sorted snapshot of every statistic */
    public Map<String, Long> snapshot() {
        Map<String, Long> out = new TreeMap<>();
        values.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }
}
