package org.nestor.core.net;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands received datagrams to the {@link DatagramHandler} on worker threads through a bounded queue, so the socket
 * thread never waits on the engine. When the queue is full the oldest datagram is dropped, as Kea's packet queue
 * does: under overload the freshest client retransmissions are worth more than stale ones. An inline queue
 * ({@link #inline}) instead handles each datagram on the thread that received it, as Kea's single-threaded mode
 * does: no thread wakes up per packet, and the socket's buffer is the only queue.
 */
final class ReceiveQueue {
    private static final Logger LOG = LoggerFactory.getLogger("kea-dhcp4.dhcp4");

    private final AtomicReference<DatagramHandler> handler;
    private final ThreadPoolExecutor workers;
    private volatile boolean closed;
    private volatile ReceiveBatch batch = ReceiveBatch.NONE;
    private final ThreadLocal<HeldReplies> held = new ThreadLocal<>();
    private final AtomicLong dropped = new AtomicLong();
    private final Runnable onDrop;

    ReceiveQueue(DatagramHandler handler, int threads, int capacity, Runnable onDrop) {
        this.handler = new AtomicReference<>(handler);
        this.onDrop = onDrop;
        this.workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(capacity), workerThreads(), this::dropOldest);
    }

    private ReceiveQueue(DatagramHandler handler) {
        this.handler = new AtomicReference<>(handler);
        this.onDrop = () -> { };
        this.workers = null;
    }

    /** @return a queue that handles each datagram at once on the submitting (receiving) thread */
    static ReceiveQueue inline(DatagramHandler handler) {
        return new ReceiveQueue(handler);
    }

    /** Sets what wraps each batch of inline handled datagrams ({@link #beginBatch}/{@link #endBatch}). */
    void batch(ReceiveBatch around) {
        batch = around;
    }

    /**
     * Starts a batch on the calling (receiving) thread: until {@link #endBatch}, replies made on this thread are
     * held. No-op for a queue with workers.
     */
    void beginBatch() {
        if (workers != null || batch == ReceiveBatch.NONE || held.get() != null) {
            return;
        }
        held.set(new HeldReplies());
        batch.begin();
    }

    /** Ends the batch: its held replies are sent, or dropped, when the {@link ReceiveBatch} says so. */
    void endBatch() {
        HeldReplies replies = held.get();
        if (replies == null) {
            return;
        }
        held.remove();
        replies.close();
        try {
            batch.end(replies::release);
        } catch (RuntimeException e) {
            LOG.error("DHCP4_PACKET_PROCESS_EXCEPTION exception occurred during packet processing: {}", e.toString());
            replies.release(false);
        }
    }

    void replaceHandler(DatagramHandler next) {
        handler.set(next);
    }

    /** Queues one datagram; never blocks. */
    void submit(InboundDatagram datagram, Consumer<OutboundDatagram> reply) {
        if (workers == null) {
            if (!closed) {
                HeldReplies replies = held.get();
                dispatch(datagram, replies == null ? reply : replies.holding(reply));
            }
            return;
        }
        if (workers.isShutdown()) {
            return;
        }
        workers.execute(() -> dispatch(datagram, reply));
    }

    long droppedCount() {
        return dropped.get();
    }

    /** Stops the workers, letting queued datagrams finish for at most {@code millis}. */
    void close(long millis) {
        closed = true;
        if (workers == null) {
            return;
        }
        workers.shutdown();
        try {
            if (!workers.awaitTermination(millis, TimeUnit.MILLISECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void dispatch(InboundDatagram datagram, Consumer<OutboundDatagram> reply) {
        try {
            handler.get().handle(datagram, reply);
        } catch (RuntimeException e) {
            LOG.error("DHCP4_PACKET_PROCESS_EXCEPTION exception occurred during packet processing: {}", e.toString());
        }
    }

    private void dropOldest(Runnable task, ThreadPoolExecutor pool) {
        if (pool.isShutdown()) {
            return;
        }
        if (pool.getQueue().poll() != null) {
            dropped.incrementAndGet();
            onDrop.run();
            LOG.debug("DHCP4_PACKET_QUEUE_FULL multi-threading packet queue is full");
        }
        if (!pool.getQueue().offer(task)) {
            dropped.incrementAndGet();
            onDrop.run();
        }
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "nestor-dhcp4-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
