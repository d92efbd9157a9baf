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
 * does: no thread wakes up per packet, and the socket's buffer is the only queue. With workers, the last datagram of
 * what one socket read delivered is handled on the receiving thread when every worker is idle (the others go to the
 * workers as usual): at a low rate no thread is woken per packet, while a burst still spreads over the workers.
 * With synced commits ({@link #batch} set) each datagram handled this way is a batch of its own, and its disk sync
 * runs on the lease file's sync thread while the handling thread goes on. A batch of the one datagram a read found,
 * handled on the receiving thread, is told the pace of that thread's datagrams ({@link BatchPace}), by which it may
 * judge that the thread has the time to sync it itself.
 */
final class ReceiveQueue {
    private static final Logger LOG = LoggerFactory.getLogger("kea-dhcp4.dhcp4");

    private final AtomicReference<DatagramHandler> handler;
    private final ThreadPoolExecutor workers;
    private volatile boolean closed;
    private volatile ReceiveBatch batch = ReceiveBatch.NONE;
    private final ThreadLocal<HeldReplies> held = new ThreadLocal<>();
    private final ThreadLocal<BatchPace> pace = ThreadLocal.withInitial(BatchPace::new);
    private final ThreadLocal<LastOfRead> lastOfRead = ThreadLocal.withInitial(LastOfRead::new);
    /** Datagrams given to the workers and not yet handled (or dropped): 0 = every worker idle. */
    private final AtomicInteger atWorkers = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();
    private final Runnable onDrop;

    ReceiveQueue(DatagramHandler handler, int threads, int capacity, Runnable onDrop) {
        this.handler = new AtomicReference<>(handler);
        this.onDrop = onDrop;
        this.workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(capacity), workerThreads(), this::dropOldest);
        workers.prestartAllCoreThreads();
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

    /**
     * Sets what wraps each batch: the datagrams of one socket read handled inline ({@link #beginBatch}/{@link
     * #endBatch}), or each datagram on a queue with workers.
     */
    void batch(ReceiveBatch around) {
        batch = around;
    }

    /**
     * Starts a batch on the calling (receiving) thread: until {@link #endBatch}, replies made on this thread are
     * held (inline queue), or the last datagram submitted is held back (queue with workers).
     */
    void beginBatch() {
        if (workers != null) {
            lastOfRead.get().open = true;
            return;
        }
        if (batch == ReceiveBatch.NONE || held.get() != null) {
            return;
        }
        held.set(new HeldReplies());
        batch.begin();
    }

    /**
     * Ends the batch: its held replies are sent, or dropped, when the {@link ReceiveBatch} says so; the datagram held
     * back is handled here if every worker is idle, else by a worker.
     */
    void endBatch() {
        if (workers != null) {
            LastOfRead last = lastOfRead.get();
            InboundDatagram datagram = last.datagram;
            Consumer<OutboundDatagram> reply = last.reply;
            long paceNanos = last.count == 1 ? pace.get().meanSpacing() : -1;
            last.clear();
            if (datagram != null) {
                if (workersIdle() && !closed) {
                    dispatchAlone(datagram, reply, paceNanos);
                } else {
                    toWorkers(datagram, reply);
                }
            }
            return;
        }
        HeldReplies replies = held.get();
        if (replies == null) {
            return;
        }
        held.remove();
        settle(batch, replies, replies.datagrams() == 1 ? pace.get().meanSpacing() : -1);
    }

    /** Ends a batch: its held replies are sent, or dropped, when {@code around} says so. */
    private static void settle(ReceiveBatch around, HeldReplies replies, long paceNanos) {
        replies.close();
        try {
            around.end(paceNanos, replies::release);
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
                if (replies == null) {
                    dispatch(datagram, reply);
                } else {
                    pace.get().handled(System.nanoTime());
                    dispatch(datagram, replies.holding(reply));
                }
            }
            return;
        }
        LastOfRead last = lastOfRead.get();
        if (!last.open) {
            toWorkers(datagram, reply);
            return;
        }
        last.count++;
        if (batch != ReceiveBatch.NONE) {
            pace.get().handled(System.nanoTime());
        }
        if (last.datagram != null) {
            toWorkers(last.datagram, last.reply);
        }
        last.datagram = datagram;
        last.reply = reply;
    }

    private void toWorkers(InboundDatagram datagram, Consumer<OutboundDatagram> reply) {
        if (workers.isShutdown()) {
            return;
        }
        atWorkers.incrementAndGet();
        workers.execute(() -> {
            try {
                dispatchAlone(datagram, reply, -1);
            } finally {
                atWorkers.decrementAndGet();
            }
        });
    }

    /**
     * Handles a datagram as a batch of its own (queue with workers): with a {@link #batch} set, its replies wait for
     * the batch's end (with synced commits, the disk sync on the lease file's sync thread, which covers the rows
     * every thread wrote meanwhile) while this thread goes on with the next datagram.
     *
     * @param paceNanos for {@link ReceiveBatch#end}: the receiving thread's pace when it handles the one datagram of
     *                  its read itself, else -1
     */
    private void dispatchAlone(InboundDatagram datagram, Consumer<OutboundDatagram> reply, long paceNanos) {
        ReceiveBatch around = batch;
        if (around == ReceiveBatch.NONE) {
            dispatch(datagram, reply);
            return;
        }
        HeldReplies replies = new HeldReplies();
        around.begin();
        dispatch(datagram, replies.holding(reply));
        settle(around, replies, paceNanos);
    }

    /** The datagram of the current socket read held back in case the receiving thread handles it itself. */
    private static final class LastOfRead {
        boolean open;
        int count;
        InboundDatagram datagram;
        Consumer<OutboundDatagram> reply;

        void clear() {
            open = false;
            count = 0;
            datagram = null;
            reply = null;
        }
    }

    /** @return whether no datagram is waiting for or being handled by a worker */
    boolean workersIdle() {
        return atWorkers.get() == 0;
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

    /** Rejected {@code task}: the oldest waiting datagram makes room for it. Each one not run leaves the count. */
    private void dropOldest(Runnable task, ThreadPoolExecutor pool) {
        if (pool.isShutdown()) {
            atWorkers.decrementAndGet();
            return;
        }
        if (pool.getQueue().poll() != null) {
            atWorkers.decrementAndGet();
            dropped.incrementAndGet();
            onDrop.run();
            LOG.debug("DHCP4_PACKET_QUEUE_FULL multi-threading packet queue is full");
        }
        if (!pool.getQueue().offer(task)) {
            atWorkers.decrementAndGet();
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
