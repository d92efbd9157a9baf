package org.nestor.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BatchPaceTest {
    private static final long MICROS = 1000;

    @Test
    void theMeanSpacingIsUnknownBeforeTheSecondDatagram() {
        BatchPace pace = new BatchPace();
        assertEquals(Long.MAX_VALUE, pace.meanSpacing());
        pace.handled(1_000_000);
        assertEquals(Long.MAX_VALUE, pace.meanSpacing());
        pace.handled(1_000_000 + 500 * MICROS);
        assertEquals(500 * MICROS, pace.meanSpacing());
    }

    @Test
    void evenlySpacedDatagramsGiveTheirSpacing() {
        BatchPace pace = new BatchPace();
        long now = 1_000_000;
        for (int i = 0; i < 200; i++) {
            pace.handled(now += 500 * MICROS);
        }
        assertEquals(500 * MICROS, pace.meanSpacing());
    }

    @Test
    void aSustainedBurstPullsTheMeanDownAndOneLateDatagramBarelyMovesIt() {
        BatchPace pace = new BatchPace();
        long now = 1_000_000;
        for (int i = 0; i < 200; i++) {
            pace.handled(now += 500 * MICROS);
        }
        for (int i = 0; i < 400; i++) {
            pace.handled(now += 20 * MICROS);
        }
        long afterBurst = pace.meanSpacing();
        assertTrue(afterBurst < 30 * MICROS, "mean " + afterBurst);
        pace.handled(now + 1000 * MICROS);
        assertTrue(pace.meanSpacing() < afterBurst + 20 * MICROS, "mean " + pace.meanSpacing());
    }
}
