package org.nestor.core.stats;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The server's statistics under Kea's names ({@code pkt4-received}, {@code subnet[1].assigned-addresses}, ...),
 * each with Kea's sample history: {@code [value, "YYYY-MM-DD HH:MM:SS.ffffff"]} pairs, newest first, limited by
 * count ({@code statistic-default-sample-count}, 20) or by age ({@code statistic-default-sample-age}).
 * Integer statistics only. Counting is lock-free on the packet path; see {@link Statistic}.
 */
public final class StatsManager {
    /** Kea's default {@code statistic-default-sample-count}. */
    public static final int DEFAULT_SAMPLE_COUNT = 20;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private final Map<String, Statistic> stats = new ConcurrentHashMap<>();
    private final Clock clock;
    private final ZoneId zone;
    private volatile int defaultCount = DEFAULT_SAMPLE_COUNT;
    private volatile long defaultAgeMicros;

    /** Statistics stamped with the system clock in the local time zone, as Kea stamps them. */
    public StatsManager() {
        this(Clock.systemDefaultZone());
    }

    /** @param clock the clock for sample timestamps, printed in the clock's zone */
    public StatsManager(Clock clock) {
        this.clock = clock;
        this.zone = clock.getZone();
    }

    /**
     * @return a handle on statistic {@code name} for the packet path, which adds without looking the name up (the
     *     statistic itself is created by the first add, as {@link #add} does)
     */
    public Counter counter(String name) {
        return new Counter(this, name);
    }

    /** Adds {@code delta} to statistic {@code name}, creating it at 0 first. */
    public void add(String name, long delta) {
        statistic(name).add(delta, nowMicros());
    }

    /** Sets statistic {@code name} to {@code value}. */
    public void set(String name, long value) {
        statistic(name).set(value, nowMicros());
    }

    /** @return the value of {@code name}, 0 when it does not exist */
    public long value(String name) {
        Statistic s = stats.get(name);
        return s == null ? 0 : s.value();
    }

    /** @return whether a statistic named {@code name} exists */
    public boolean exists(String name) {
        return stats.containsKey(name);
    }

    /** Removes statistic {@code name}. @return whether it existed */
    public boolean remove(String name) {
        Statistic s = stats.remove(name);
        if (s != null) {
            s.markRemoved();
        }
        return s != null;
    }

    /** Removes every statistic whose name matches. */
    public void removeIf(Predicate<String> names) {
        stats.entrySet().removeIf(e -> names.test(e.getKey()) && e.getValue().markRemoved());
    }

    /** Kea's {@code statistic-remove-all}. */
    public void removeAll() {
        stats.values().removeIf(Statistic::markRemoved);
    }

    /** Kea's {@code statistic-reset}: value to 0, samples cleared. @return whether it existed */
    public boolean reset(String name) {
        Statistic s = stats.get(name);
        if (s != null) {
            s.reset(nowMicros());
        }
        return s != null;
    }

    /** Kea's {@code statistic-reset-all}. */
    public void resetAll() {
        long now = nowMicros();
        stats.values().forEach(s -> s.reset(now));
    }

    /**
     * Kea's {@code statistic-sample-count-set}: keep at most {@code max} samples (turns the age limit off).
     *
     * @return whether the statistic exists
     * @throws IllegalArgumentException if {@code max} is not positive
     */
    public boolean setMaxSamples(String name, int max) {
        checkPositive(max, "max-samples");
        Statistic s = stats.get(name);
        if (s != null) {
            s.limitCount(max, nowMicros());
        }
        return s != null;
    }

    /**
     * Kea's {@code statistic-sample-age-set}: keep samples no older than {@code age} (turns the count limit off).
     *
     * @return whether the statistic exists
     */
    public boolean setMaxSampleAge(String name, Duration age) {
        long micros = micros(age);
        Statistic s = stats.get(name);
        if (s != null) {
            s.limitAge(micros, nowMicros());
        }
        return s != null;
    }

    /** Kea's {@code statistic-sample-count-set-all}: every statistic, and the default for new ones. */
    public void setMaxSamplesAll(int max) {
        checkPositive(max, "max-samples");
        defaultCount = max;
        defaultAgeMicros = 0;
        long now = nowMicros();
        stats.values().forEach(s -> s.limitCount(max, now));
    }

    /** Kea's {@code statistic-sample-age-set-all}: every statistic, and the default for new ones. */
    public void setMaxSampleAgeAll(Duration age) {
        long micros = micros(age);
        defaultAgeMicros = micros;
        long now = nowMicros();
        stats.values().forEach(s -> s.limitAge(micros, now));
    }

    /**
     * Applies {@code statistic-default-sample-count} / {@code -age} from the configuration to statistics created
     * from now on; a non-zero age takes precedence, as in Kea.
     */
    public void setDefaultLimits(int count, Duration age) {
        defaultAgeMicros = age.isZero() ? 0 : micros(age);
        defaultCount = count > 0 ? count : DEFAULT_SAMPLE_COUNT;
    }

    /** @return a sorted snapshot of every statistic's current value */
    public Map<String, Long> snapshot() {
        Map<String, Long> out = new TreeMap<>();
        stats.forEach((k, v) -> out.put(k, v.value()));
        return out;
    }

    /**
     * Kea's {@code statistic-get} arguments: {@code {name: [[value, "timestamp"], ...]}}, newest first.
     *
     * @return an empty map when the statistic does not exist (as Kea answers)
     */
    public Map<String, List<List<Object>>> get(String name) {
        Statistic s = stats.get(name);
        Map<String, List<List<Object>>> out = new LinkedHashMap<>();
        if (s != null) {
            out.put(name, s.samples(nowMicros(), this::format));
        }
        return out;
    }

    /** Kea's {@code statistic-get-all} arguments, sorted by name. */
    public Map<String, List<List<Object>>> getAll() {
        Map<String, List<List<Object>>> out = new TreeMap<>();
        long now = nowMicros();
        stats.forEach((k, v) -> out.put(k, v.samples(now, this::format)));
        return out;
    }

    Statistic statistic(String name) {
        Statistic s = stats.get(name);
        return s != null ? s : stats.computeIfAbsent(name, n -> new Statistic(defaultCount, defaultAgeMicros));
    }

    /** @return microseconds since the epoch, for sample timestamps */
    long nowMicros() {
        Instant i = clock.instant();
        return i.getEpochSecond() * 1_000_000L + i.getNano() / 1000;
    }

    private String format(long micros) {
        Instant i = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000);
        return LocalDateTime.ofInstant(i, zone).truncatedTo(ChronoUnit.MICROS).format(TIMESTAMP);
    }

    private static long micros(Duration age) {
        if (age.isNegative() || age.isZero()) {
            throw new IllegalArgumentException("'duration' parameter must be positive");
        }
        return age.toNanos() / 1000;
    }

    private static void checkPositive(int n, String what) {
        if (n <= 0) {
            throw new IllegalArgumentException("'" + what + "' parameter must not be zero");
        }
    }
}
