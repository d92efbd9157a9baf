package org.nestor.core.stats;

import java.time.Clock;
import java.time.Instant;

/**
 * Microseconds since the epoch for sample timestamps. On the system clock: {@link System#nanoTime()} (one cheap
 * read, no object) from a wall-clock anchor taken again every second, so that a step of the wall clock shows
 * within a second; any other clock (tests) is read as it is.
 */
final class SampleClock {
    private static final long REANCHOR_NANOS = 1_000_000_000L;
    private final Clock clock;
    private final boolean system;
    private volatile Anchor anchor;

    /** Where the wall clock was at one {@code nanoTime}. */
    private record Anchor(long nanos, long micros) {
    }

    SampleClock(Clock clock) {
        this.clock = clock;
        this.system = clock.getClass() == Clock.systemUTC().getClass();
        this.anchor = system ? anchorNow() : null;
    }

    long nowMicros() {
        if (!system) {
            return micros(clock.instant());
        }
        long nanos = System.nanoTime();
        Anchor a = anchor;
        if (nanos - a.nanos >= REANCHOR_NANOS) {
            a = anchorNow();
            anchor = a;
        }
        return a.micros + (nanos - a.nanos) / 1000;
    }

    private Anchor anchorNow() {
        return new Anchor(System.nanoTime(), micros(clock.instant()));
    }

    private static long micros(Instant i) {
        return i.getEpochSecond() * 1_000_000L + i.getNano() / 1000;
    }
}
