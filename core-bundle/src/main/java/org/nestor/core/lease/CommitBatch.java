package org.nestor.core.lease;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.nestor.hooks.api.lease.LeaseStoreException;

/**
 * Group commit for synced lease files on one thread: while a batch is open on a thread, the synced commits it makes
 * reach the operating system but are not forced; {@link #close} forces each file once. The caller must not send a
 * reply that grants a lease of the batch before {@code close} returned. Commits of other threads are not affected.
 */
public final class CommitBatch implements AutoCloseable {
    private static final ThreadLocal<CommitBatch> CURRENT = new ThreadLocal<>();

    private final List<LeaseFileAppender> deferred = new ArrayList<>(1);

    private CommitBatch() {
    }

    /**
     * Opens a batch on the calling thread.
     *
     * @throws IllegalStateException if one is open already
     */
    public static CommitBatch open() {
        if (CURRENT.get() != null) {
            throw new IllegalStateException("a commit batch is open on this thread already");
        }
        CommitBatch batch = new CommitBatch();
        CURRENT.set(batch);
        return batch;
    }

    /** @return the batch open on the calling thread, or null */
    static CommitBatch current() {
        return CURRENT.get();
    }

    void defer(LeaseFileAppender appender) {
        if (!deferred.contains(appender)) {
            deferred.add(appender);
        }
    }

    /**
     * Ends the batch without waiting: its files are forced on their sync threads, then {@code done} learns whether
     * the batch's leases reached the disk (at once, on this thread, when the batch wrote nothing to force).
     */
    public void closeThen(Consumer<Boolean> done) {
        closeThen(done, LeaseFileAppender::forceLater);
    }

    /**
     * Ends the batch, forcing each of its files on this thread when that file has no commit delay, its last force
     * took no longer than the time the thread can spare and its sync thread is not forcing it already or about to;
     * else as {@link #closeThen}. {@code done} learns whether the batch's leases reached the disk.
     *
     * @param spareNanos how long the calling thread may spend forcing without making the next request wait
     */
    public void closeHereOrThen(long spareNanos, Consumer<Boolean> done) {
        closeThen(done, (appender, forced) -> appender.forceHereOrLater(spareNanos, forced));
    }

    private void closeThen(Consumer<Boolean> done, BiConsumer<LeaseFileAppender, Consumer<Boolean>> force) {
        CURRENT.remove();
        if (deferred.isEmpty()) {
            done.accept(true);
            return;
        }
        AtomicInteger remaining = new AtomicInteger(deferred.size());
        AtomicBoolean ok = new AtomicBoolean(true);
        List<LeaseFileAppender> files = List.copyOf(deferred);
        deferred.clear();
        for (LeaseFileAppender appender : files) {
            force.accept(appender, forced -> {
                if (!forced) {
                    ok.set(false);
                }
                if (remaining.decrementAndGet() == 0) {
                    done.accept(ok.get());
                }
            });
        }
    }

    /**
     * Ends the batch and forces every file it wrote to.
     *
     * @throws LeaseStoreException if a file could not be forced: the leases of the batch are not on disk
     */
    @Override
    public void close() {
        CURRENT.remove();
        LeaseStoreException first = null;
        for (LeaseFileAppender appender : deferred) {
            try {
                appender.forceWritten();
            } catch (LeaseStoreException e) {
                first = first == null ? e : first;
            }
        }
        deferred.clear();
        if (first != null) {
            throw first;
        }
    }
}
