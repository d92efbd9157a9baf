package org.nestor.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReceiveQueueTest {

    private static InboundDatagram datagram(int n) {
        return new InboundDatagram(new byte[] {(byte) n}, 0, 0, 0, "", 0);
    }

    @Test
    void fullQueueDropsTheOldestWaitingDatagram() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        List<Integer> handled = new CopyOnWriteArrayList<>();
        CountDownLatch allHandled = new CountDownLatch(3);
        AtomicInteger drops = new AtomicInteger();
        ReceiveQueue queue = new ReceiveQueue((in, send) -> {
            started.countDown();
            awaitQuietly(release);
            handled.add((int) in.data()[0]);
            allHandled.countDown();
        }, 1, 2, drops::incrementAndGet);

        queue.submit(datagram(1), out -> { });
        assertTrue(started.await(5, TimeUnit.SECONDS));
        for (int n = 2; n <= 5; n++) {
            queue.submit(datagram(n), out -> { });
        }
        release.countDown();
        assertTrue(allHandled.await(5, TimeUnit.SECONDS));
        queue.close(1000);

        assertEquals(List.of(1, 4, 5), handled);
        assertEquals(2, drops.get());
        assertEquals(2, queue.droppedCount());
    }

    @Test
    void handlerExceptionDoesNotStopLaterDatagrams() throws InterruptedException {
        CountDownLatch second = new CountDownLatch(1);
        ReceiveQueue queue = new ReceiveQueue((in, send) -> {
            if (in.data()[0] == 1) {
                throw new IllegalStateException("boom");
            }
            second.countDown();
        }, 1, 4, () -> { });
        queue.submit(datagram(1), out -> { });
        queue.submit(datagram(2), out -> { });
        assertTrue(second.await(5, TimeUnit.SECONDS));
        queue.close(1000);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
