package org.nestor.core.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ContainerStartLevelTest {
    private final AtomicInteger level = new AtomicInteger(15);
    private final List<Integer> requested = new CopyOnWriteArrayList<>();
    private final CountDownLatch set = new CountDownLatch(1);

    private ContainerStartLevel gate(int full) {
        return new ContainerStartLevel(full, level::get, l -> {
            requested.add(l);
            level.set(l);
            set.countDown();
        });
    }

    @Test
    void raiseSetsTheFullLevelOnce() {
        ContainerStartLevel gate = gate(100);
        gate.raise();
        gate.raise();
        assertEquals(List.of(100), requested);
    }

    @Test
    void raiseNeverLowersTheLevel() {
        level.set(100);
        gate(80).raise();
        assertEquals(List.of(), requested);
    }

    @Test
    void withoutAFullLevelNothingIsRaised() {
        gate(0).raise();
        gate(0).raiseAfterFirstAnswer(() -> 1, 0);
        assertEquals(List.of(), requested);
    }

    @Test
    void firstAnswerRaisesTheLevelBeforeTheWaitEnds() throws InterruptedException {
        AtomicLong answers = new AtomicLong();
        gate(100).raiseAfterFirstAnswer(answers::get, TimeUnit.HOURS.toMillis(1));
        answers.set(1);
        assertTrue(set.await(30, TimeUnit.SECONDS), "level raised after the first answer");
        assertEquals(List.of(100), requested);
    }

    @Test
    void noAnswerRaisesTheLevelWhenTheWaitEnds() throws InterruptedException {
        gate(100).raiseAfterFirstAnswer(() -> 0, 50);
        assertTrue(set.await(30, TimeUnit.SECONDS), "level raised when the wait ended");
        assertEquals(List.of(100), requested);
    }
}
