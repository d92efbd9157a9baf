package org.nestor.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class InlineReceiveQueueTest {

    private static InboundDatagram datagram(int n) {
        return new InboundDatagram(new byte[] {(byte) n}, 0, 0, 0, "", 0);
    }

    private static OutboundDatagram reply(InboundDatagram in) {
        return new OutboundDatagram(in.data(), 0, 68, "", null);
    }

    /** Records what the batch saw and answers {@code end()} with {@code send}. */
    private static final class Batch implements ReceiveBatch {
        final List<String> events;
        final boolean send;

        Batch(List<String> events, boolean send) {
            this.events = events;
            this.send = send;
        }

        @Override
        public void begin() {
            events.add("begin");
        }

        @Override
        public void end(long paceNanos, java.util.function.Consumer<Boolean> whenSettled) {
            events.add(paceNanos < 0 ? "end" : "end alone");
            whenSettled.accept(send);
        }
    }

    @Test
    void datagramIsHandledOnTheSubmittingThread() {
        AtomicReference<Thread> handledOn = new AtomicReference<>();
        ReceiveQueue queue = ReceiveQueue.inline((in, send) -> handledOn.set(Thread.currentThread()));
        queue.submit(datagram(1), out -> { });
        assertSame(Thread.currentThread(), handledOn.get());
    }

    @Test
    void repliesOfABatchLeaveOnlyAfterItsEnd() {
        List<String> events = new ArrayList<>();
        ReceiveQueue queue = ReceiveQueue.inline((in, send) -> {
            events.add("handle " + in.data()[0]);
            send.accept(reply(in));
        });
        queue.batch(new Batch(events, true));
        queue.beginBatch();
        queue.submit(datagram(1), out -> events.add("send " + out.data()[0]));
        queue.submit(datagram(2), out -> events.add("send " + out.data()[0]));
        queue.endBatch();
        assertEquals(List.of("begin", "handle 1", "handle 2", "end", "send 1", "send 2"), events);
    }

    @Test
    void repliesOfAFailedBatchAreDropped() {
        List<String> events = new ArrayList<>();
        ReceiveQueue queue = ReceiveQueue.inline((in, send) -> send.accept(reply(in)));
        queue.batch(new Batch(events, false));
        queue.beginBatch();
        queue.submit(datagram(1), out -> events.add("send"));
        queue.endBatch();
        assertEquals(List.of("begin", "end alone"), events);
    }

    @Test
    void replyMadeOnAnotherThreadDuringABatchLeavesAtOnce() throws InterruptedException {
        List<String> events = new ArrayList<>();
        AtomicBoolean sent = new AtomicBoolean();
        ReceiveQueue queue = ReceiveQueue.inline((in, send) -> {
            Thread resumer = new Thread(() -> send.accept(reply(in)));
            resumer.start();
            try {
                resumer.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        queue.batch(new Batch(events, true));
        queue.beginBatch();
        queue.submit(datagram(1), out -> sent.set(true));
        assertTrue(sent.get());
        queue.endBatch();
    }

    @Test
    void aBatchOfOneDatagramEndsWithTheThreadsPaceAndABatchOfSeveralWithout() {
        List<String> events = new ArrayList<>();
        ReceiveQueue queue = ReceiveQueue.inline((in, send) -> send.accept(reply(in)));
        queue.batch(new Batch(events, true));
        queue.beginBatch();
        queue.submit(datagram(1), out -> { });
        queue.endBatch();
        queue.beginBatch();
        queue.submit(datagram(2), out -> { });
        queue.submit(datagram(3), out -> { });
        queue.endBatch();
        assertEquals(List.of("begin", "end alone", "begin", "end"), events);
    }
}
