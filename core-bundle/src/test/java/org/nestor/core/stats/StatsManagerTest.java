package org.nestor.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatsManagerTest {
    private final Ticking clock = new Ticking();
    private final StatsManager stats = new StatsManager(clock);

    @Test
    void samplesAreNewestFirstWithKeaTimestamps() {
        stats.add("pkt4-received", 1);
        clock.now = clock.now.plusNanos(1_500_000);
        stats.add("pkt4-received", 2);
        Map<String, List<List<Object>>> got = stats.get("pkt4-received");
        assertEquals(List.of(List.of(3L, "2023-11-14 22:13:20.001500"), List.of(1L, "2023-11-14 22:13:20.000000")),
                got.get("pkt4-received"));
    }

    @Test
    void samplesAreLimitedToTheDefaultCount() {
        for (int i = 0; i < 30; i++) {
            stats.add("pkt4-sent", 1);
        }
        List<List<Object>> samples = stats.get("pkt4-sent").get("pkt4-sent");
        assertEquals(StatsManager.DEFAULT_SAMPLE_COUNT, samples.size());
        assertEquals(30L, samples.get(0).get(0));
        assertTrue(stats.setMaxSamples("pkt4-sent", 3));
        assertEquals(3, stats.get("pkt4-sent").get("pkt4-sent").size());
    }

    @Test
    void ageLimitDropsOldSamplesAndReplacesTheCountLimit() {
        stats.add("x", 1);
        stats.setMaxSampleAge("x", Duration.ofSeconds(10));
        for (int i = 0; i < 30; i++) {
            clock.now = clock.now.plusSeconds(1);
            stats.add("x", 1);
        }
        assertEquals(11, stats.get("x").get("x").size());
    }

    @Test
    void resetKeepsOneZeroSampleAndRemoveForgets() {
        stats.add("a", 5);
        stats.add("b", 5);
        assertTrue(stats.reset("a"));
        assertEquals(List.of(List.of(0L, "2023-11-14 22:13:20.000000")), stats.get("a").get("a"));
        assertTrue(stats.remove("b"));
        assertFalse(stats.exists("b"));
        assertEquals(Map.of(), stats.get("b"));
        stats.resetAll();
        assertEquals(0, stats.value("a"));
        stats.removeAll();
        assertTrue(stats.getAll().isEmpty());
    }

    @Test
    void limitsForAllApplyToNewStatisticsToo() {
        stats.add("old", 1);
        stats.setMaxSamplesAll(2);
        for (int i = 0; i < 5; i++) {
            stats.add("old", 1);
            stats.add("new", 1);
        }
        assertEquals(2, stats.getAll().get("old").size());
        assertEquals(2, stats.getAll().get("new").size());
        assertThrows(IllegalArgumentException.class, () -> stats.setMaxSamplesAll(0));
    }

    @Test
    void concurrentAddsLoseNoCount() throws Exception {
        Thread[] ts = new Thread[4];
        for (int t = 0; t < ts.length; t++) {
            ts[t] = new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    stats.add("pkt4-received", 1);
                }
            });
            ts[t].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        assertEquals(40_000, stats.value("pkt4-received"));
        assertEquals(40_000L, stats.get("pkt4-received").get("pkt4-received").get(0).get(0));
    }

    @Test
    void aCounterAddsToTheStatisticOfItsName() {
        Counter c = stats.counter("pkt4-ack-sent");
        c.increment();
        clock.now = clock.now.plusNanos(2_000);
        c.add(2);
        assertEquals(List.of(List.of(3L, "2023-11-14 22:13:20.000002"), List.of(1L, "2023-11-14 22:13:20.000000")),
                stats.get("pkt4-ack-sent").get("pkt4-ack-sent"));
    }

    @Test
    void aCounterCreatesItsStatisticAgainAfterARemove() {
        Counter c = stats.counter("pkt4-sent");
        c.add(5);
        assertTrue(stats.remove("pkt4-sent"));
        c.add(1);
        assertEquals(1, stats.value("pkt4-sent"));
        stats.removeAll();
        stats.setMaxSamplesAll(1);
        c.add(2);
        c.add(2);
        assertEquals(List.of(List.of(4L, "2023-11-14 22:13:20.000000")), stats.get("pkt4-sent").get("pkt4-sent"));
        stats.removeIf(name -> name.startsWith("pkt4-"));
        assertFalse(stats.exists("pkt4-sent"));
        c.add(7);
        assertEquals(7, stats.value("pkt4-sent"));
    }

    @Test
    void samplesOnTheSystemClockCarryTheWallClockTime() {
        StatsManager system = new StatsManager(Clock.systemUTC());
        Instant before = Instant.now();
        system.add("pkt4-received", 1);
        Instant after = Instant.now();
        String stamp = (String) system.get("pkt4-received").get("pkt4-received").get(0).get(1);
        Instant sampled = java.time.LocalDateTime.parse(stamp.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
        assertTrue(!sampled.isBefore(before.minusSeconds(1)) && !sampled.isAfter(after.plusSeconds(1)),
                stamp + " not between " + before + " and " + after);
    }

    /** A clock tests move by hand. */
    static final class Ticking extends Clock {
        volatile Instant now = Instant.ofEpochSecond(1_700_000_000L);

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
