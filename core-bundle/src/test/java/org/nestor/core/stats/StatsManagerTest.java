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
