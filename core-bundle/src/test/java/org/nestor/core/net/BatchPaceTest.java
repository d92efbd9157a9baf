package org.nestor.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BatchPaceTest {
    private static final long MICROS = 1000;

    private final BatchPace pace = new BatchPace();
    private long now = 1_000_000;

    @Test
    void theMeanSpacingIsUnknownBeforeTheSecondDatagram() {
        assertEquals(Long.MAX_VALUE, pace.meanSpacing());
        datagrams(1, 500);
        assertEquals(Long.MAX_VALUE, pace.meanSpacing());
        datagrams(1, 500);
        assertEquals(500 * MICROS, pace.meanSpacing());
    }

    @Test
    void evenlySpacedDatagramsGiveTheirSpacing() {
        datagrams(200, 500);
        assertEquals(500 * MICROS, pace.meanSpacing());
    }

    @Test
    void aSustainedBurstPullsTheMeanDownAndOneLateDatagramBarelyMovesIt() {
        datagrams(200, 500);
        datagrams(400, 20);
        long afterBurst = pace.meanSpacing();
        assertTrue(afterBurst < 30 * MICROS, "mean " + afterBurst);
        datagrams(1, 1000);
        assertTrue(pace.meanSpacing() < afterBurst + 20 * MICROS, "mean " + pace.meanSpacing());
    }

    /** {@code count} datagrams handled {@code spacingMicros} apart. */
    private void datagrams(int count, long spacingMicros) {
        for (int i = 0; i < count; i++) {
            now += spacingMicros * MICROS;
            pace.handled(now);
        }
    }
}
