package org.nestor.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
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

    @Test
    void withEveryWorkerIdleTheLastDatagramOfAReadIsHandledOnTheReceivingThread() throws InterruptedException {
        List<String> threads = new CopyOnWriteArrayList<>();
        ReceiveQueue queue = new ReceiveQueue((in, send) -> threads.add(Thread.currentThread().getName()), 2, 4,
                () -> { });
        queue.beginBatch();
        queue.submit(datagram(1), out -> { });
        queue.endBatch();
        queue.close(1000);

        assertEquals(List.of(Thread.currentThread().getName()), threads);
    }

    @Test
    void withSyncedCommitsAnIdleQueueHandlesTheLastDatagramHereAndItsReplyWaitsForTheSync() throws Exception {
        List<Consumer<Boolean>> settling = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        List<Integer> sent = new CopyOnWriteArrayList<>();
        ReceiveQueue queue = new ReceiveQueue((in, send) -> {
            threads.add(Thread.currentThread().getName());
            send.accept(new OutboundDatagram(in.data(), 0, 0, ""));
        }, 2, 4, () -> { });
        queue.batch(keepingSettlersIn(settling));
        queue.beginBatch();
        queue.submit(datagram(7), out -> sent.add((int) out.data()[0]));
        queue.endBatch();
        assertEquals(List.of(Thread.currentThread().getName()), threads);
        assertEquals(List.of(), sent);

        settling.get(0).accept(true);
        queue.close(1000);

        assertEquals(List.of(7), sent);
    }

    @Test
    void theLoneDatagramOfAReadHandledOnTheReceivingThreadEndsWithItsPaceAndAWorkersBatchWithout() throws Exception {
        BlockingQueue<Long> paces = new LinkedBlockingQueue<>();
        ReceiveQueue queue = new ReceiveQueue((in, send) -> { }, 2, 4, () -> { });
        queue.batch(new ReceiveBatch() {
            @Override
            public void begin() {
            }

            @Override
            public void end(long paceNanos, Consumer<Boolean> whenSettled) {
                paces.add(paceNanos);
                whenSettled.accept(true);
            }
        });
        queue.beginBatch();
        queue.submit(datagram(1), out -> { });
        queue.endBatch();
        assertEquals(Long.MAX_VALUE, paces.poll(5, TimeUnit.SECONDS));
        queue.submit(datagram(2), out -> { });
        assertEquals(-1, paces.poll(5, TimeUnit.SECONDS));
        queue.close(1000);
    }

    @Test
    void withSyncedCommitsAWorkersReplyWaitsUntilItsBatchIsSettledAndIsDroppedIfTheSyncFailed() throws Exception {
        BlockingQueue<Consumer<Boolean>> settling = new LinkedBlockingQueue<>();
        List<Integer> sent = new CopyOnWriteArrayList<>();
        ReceiveQueue queue = new ReceiveQueue((in, send) -> send.accept(new OutboundDatagram(in.data(), 0, 0, "")),
                2, 4, () -> { });
        queue.batch(keepingSettlersIn(settling));
        Consumer<OutboundDatagram> reply = out -> sent.add((int) out.data()[0]);
        queue.submit(datagram(1), reply);
        queue.submit(datagram(2), reply);
        Consumer<Boolean> first = settling.poll(5, TimeUnit.SECONDS);
        Consumer<Boolean> second = settling.poll(5, TimeUnit.SECONDS);
        assertEquals(List.of(), sent);

        first.accept(true);
        second.accept(false);
        queue.close(1000);

        assertEquals(1, sent.size());
    }

    @Test
    void whileAWorkerIsBusyEveryDatagramOfAReadGoesToTheWorkers() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch bothHandled = new CountDownLatch(2);
        List<String> threads = new CopyOnWriteArrayList<>();
        ReceiveQueue queue = new ReceiveQueue((in, send) -> {
            threads.add(Thread.currentThread().getName());
            if (in.data()[0] == 1) {
                firstStarted.countDown();
                awaitQuietly(release);
            }
            bothHandled.countDown();
        }, 2, 4, () -> { });
        queue.beginBatch();
        queue.submit(datagram(1), out -> { });
        queue.submit(datagram(2), out -> { });
        assertTrue(firstStarted.await(5, TimeUnit.SECONDS));
        queue.endBatch();
        release.countDown();
        assertTrue(bothHandled.await(5, TimeUnit.SECONDS));
        queue.close(1000);

        assertEquals(2, threads.size());
        assertTrue(threads.stream().allMatch(t -> t.startsWith("nestor-dhcp4-worker-")), threads::toString);
    }

    @Test
    void datagramsDroppedFromAFullQueueDoNotKeepTheWorkersCountedBusy() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch survivorsHandled = new CountDownLatch(3);
        List<String> lastThread = new CopyOnWriteArrayList<>();
        ReceiveQueue queue = new ReceiveQueue((in, send) -> {
            if (in.data()[0] == 1) {
                started.countDown();
                awaitQuietly(release);
            }
            if (in.data()[0] == 9) {
                lastThread.add(Thread.currentThread().getName());
            } else {
                survivorsHandled.countDown();
            }
        }, 1, 2, () -> { });
        queue.submit(datagram(1), out -> { });
        assertTrue(started.await(5, TimeUnit.SECONDS));
        for (int n = 2; n <= 5; n++) {
            queue.submit(datagram(n), out -> { });
        }
        release.countDown();
        assertTrue(survivorsHandled.await(5, TimeUnit.SECONDS));
        awaitIdle(queue);

        queue.beginBatch();
        queue.submit(datagram(9), out -> { });
        queue.endBatch();
        queue.close(1000);

        assertEquals(List.of(Thread.currentThread().getName()), lastThread);
    }

    /** The workers' tasks end just after the handler returns; waits for the last one to leave. */
    private static void awaitIdle(ReceiveQueue queue) throws InterruptedException {
        for (int i = 0; i < 500 && !queue.workersIdle(); i++) {
            Thread.sleep(10);
        }
        assertTrue(queue.workersIdle());
    }

    /** A batch that settles nothing itself: each batch's settler is kept in {@code settlers} for the test. */
    private static ReceiveBatch keepingSettlersIn(Collection<Consumer<Boolean>> settlers) {
        return new ReceiveBatch() {
            @Override
            public void begin() {
            }

            @Override
            public void end(long paceNanos, Consumer<Boolean> whenSettled) {
                settlers.add(whenSettled);
            }
        };
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
