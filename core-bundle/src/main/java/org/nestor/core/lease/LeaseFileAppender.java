package org.nestor.core.lease;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.nestor.hooks.api.lease.LeaseStoreException;

/**
 * Appends rows to a lease file with group commit: {@link #append} queues a row in order, {@link #commit} returns
 * once that row has reached the operating system (and, with {@code sync}, the disk). The first committer that
 * finds no write in progress writes every queued row and forces once; the others wait for it, so concurrent
 * writers share one fsync. After a failed write every later commit fails: a lease that could not be persisted
 * must never be acknowledged. With sync, a thread inside a {@link CommitBatch} gets its rows written but not
 * forced: the batch forces once when it closes, before the replies of the batch go out. With a commit delay, the sync
 * thread woken by a first {@link #forceLater} sleeps that long before it forces, so that one force covers every
 * request made meanwhile: one {@code fdatasync} costs about the same CPU time whether it covers one row or fifty.
 */
final class LeaseFileAppender implements Closeable {
    private final Path file;
    private final String header;
    private final boolean sync;
    private final Runnable syncDelay;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition written = lock.newCondition();
    private static final int DIRECT_SIZE = 64 * 1024;

    private final StringBuilder pending = new StringBuilder();
    private ByteBuffer direct;
    private FileChannel channel;
    private long appended;
    private long reachedOs;
    private long durable;
    private boolean writing;
    private boolean forcing;
    private boolean closed;
    private final Condition syncNeeded = lock.newCondition();
    private final List<SyncWaiter> syncWaiters = new ArrayList<>();
    private Thread syncer;
    private boolean syncerIdle;
    private long syncs;
    /** How long the last force of a batch's rows took, in nanoseconds. */
    private long lastForceNanos;
    private IOException failure;

    /**
     * @param syncDelayMillis with sync, a commit delay: how long the sync thread, woken by a first
     *                        {@link #forceLater}, sleeps before it forces, so that one force covers every request
     *                        made meanwhile (0 = force at once)
     */
    LeaseFileAppender(Path file, String header, boolean sync, long syncDelayMillis) throws IOException {
        this(file, header, sync, syncDelayMillis == 0 ? null : sleep(TimeUnit.MILLISECONDS.toNanos(syncDelayMillis)));
    }

    /** @param syncDelay run by the sync thread, without the lock, between its wake-up and its force; null = none */
    LeaseFileAppender(Path file, String header, boolean sync, Runnable syncDelay) throws IOException {
        this.file = file;
        this.header = header;
        this.sync = sync;
        this.syncDelay = syncDelay;
        openChannel();
    }

    private static Runnable sleep(long nanos) {
        return () -> {
            long deadline = System.nanoTime() + nanos;
            for (long left = nanos; left > 0; left = deadline - System.nanoTime()) {
                LockSupport.parkNanos(left);
            }
        };
    }

    /** @return the sequence number to pass to {@link #commit} */
    long append(String row) {
        lock.lock();
        try {
            pending.append(row).append('\n');
            return ++appended;
        } finally {
            lock.unlock();
        }
    }

    /** As {@link #append(String)}, the row written by {@code row} straight into the pending buffer. */
    long append(Consumer<StringBuilder> row) {
        lock.lock();
        try {
            row.accept(pending);
            pending.append('\n');
            return ++appended;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Returns once row {@code seq} is written (and forced, with sync, unless the calling thread is in a
     * {@link CommitBatch}: then the batch forces when it closes).
     *
     * @throws LeaseStoreException if the file cannot be written
     */
    void commit(long seq) {
        CommitBatch batch = sync ? CommitBatch.current() : null;
        lock.lock();
        try {
            while ((batch == null ? durable : reachedOs) < seq) {
                checkFailure();
                if (writing) {
                    written.awaitUninterruptibly();
                    continue;
                }
                writing = true;
                long target = appended;
                ByteBuffer data = takePending();
                boolean force = sync && batch == null && (data.hasRemaining() || durable < reachedOs);
                lock.unlock();
                IOException error = null;
                try {
                    write(data, force);
                } catch (IOException e) {
                    error = e;
                } finally {
                    lock.lock();
                }
                finishWrite(error, target, batch == null);
            }
        } finally {
            lock.unlock();
        }
        if (batch != null) {
            batch.defer(this);
        }
    }

    /**
     * Forces what {@link #commit} wrote without forcing (the rows of a {@link CommitBatch}).
     *
     * @throws LeaseStoreException if the file cannot be forced
     */
    void forceWritten() {
        lock.lock();
        try {
            while (durable < reachedOs) {
                checkFailure();
                if (writing) {
                    written.awaitUninterruptibly();
                    continue;
                }
                writing = true;
                long target = reachedOs;
                finishWrite(forceOutsideLock(channel), target, true);
            }
            checkFailure();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Forces what {@link #commit} wrote without forcing, on the appender's sync thread, and then tells
     * {@code done} whether it reached the disk. Never blocks: one force covers every request made while the
     * previous one ran (group commit), so the receiving thread goes on with the next datagrams meanwhile.
     */
    void forceLater(Consumer<Boolean> done) {
        boolean now;
        lock.lock();
        try {
            now = failure != null || durable >= reachedOs;
            if (!now) {
                syncWaiters.add(new SyncWaiter(reachedOs, done));
                if (syncer == null) {
                    syncer = new Thread(this::syncLoop, "nestor-lease-sync");
                    syncer.setDaemon(true);
                    syncer.start();
                } else if (syncerIdle) {
                    syncNeeded.signal();
                }
            }
        } finally {
            lock.unlock();
        }
        if (now) {
            done.accept(failure == null);
        }
    }

    /**
     * Forces what {@link #commit} wrote without forcing on the calling thread, and then tells {@code done} whether it
     * reached the disk, if the file has no commit delay, its last force took no longer than the caller can spare and
     * no force is running or waiting on the sync thread; otherwise joins that thread's next force, as
     * {@link #forceLater} does, without blocking.
     *
     * @param spareNanos how long the calling thread may spend forcing without making its next request wait
     */
    void forceHereOrLater(long spareNanos, Consumer<Boolean> done) {
        boolean later;
        lock.lock();
        try {
            later = syncDelay != null || lastForceNanos > spareNanos || forcing || !syncWaiters.isEmpty();
        } finally {
            lock.unlock();
        }
        if (later) {
            forceLater(done);
            return;
        }
        boolean ok = true;
        try {
            forceWritten();
        } catch (LeaseStoreException e) {
            ok = false;
        }
        done.accept(ok);
    }

    /** @return how many forces the sync thread has made (for tests) */
    long syncs() {
        lock.lock();
        try {
            return syncs;
        } finally {
            lock.unlock();
        }
    }

    private void syncLoop() {
        lock.lock();
        try {
            while (!closed) {
                if (syncWaiters.isEmpty()) {
                    syncerIdle = true;
                    syncNeeded.awaitUninterruptibly();
                    syncerIdle = false;
                    continue;
                }
                if (syncDelay != null) {
                    lock.unlock();
                    try {
                        syncDelay.run();
                    } finally {
                        lock.lock();
                    }
                    if (closed || syncWaiters.isEmpty()) {
                        continue;
                    }
                }
                syncs++;
                List<SyncWaiter> batch = new ArrayList<>(syncWaiters);
                syncWaiters.clear();
                long target = reachedOs;
                FileChannel ch = channel;
                forcing = true;
                IOException error = forceOutsideLock(ch);
                forcing = false;
                if (error != null) {
                    failure = failure == null ? error : failure;
                } else {
                    durable = Math.max(durable, target);
                }
                written.signalAll();
                boolean ok = failure == null;
                lock.unlock();
                try {
                    batch.forEach(w -> w.done().accept(ok));
                } finally {
                    lock.lock();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Called with the lock held: forces {@code ch} with the lock released meanwhile, and notes how long it took.
     *
     * @return the error, or null
     */
    private IOException forceOutsideLock(FileChannel ch) {
        lock.unlock();
        long start = System.nanoTime();
        try {
            ch.force(false);
            return null;
        } catch (IOException e) {
            return e;
        } finally {
            long took = System.nanoTime() - start;
            lock.lock();
            lastForceNanos = took;
        }
    }

    private record SyncWaiter(long target, Consumer<Boolean> done) {
    }

    /** With the lock held, after a write or force of the rows up to {@code target}. */
    private void finishWrite(IOException error, long target, boolean forced) {
        writing = false;
        if (error != null) {
            failure = error;
        } else {
            reachedOs = Math.max(reachedOs, target);
            if (forced) {
                durable = Math.max(durable, target);
            }
        }
        written.signalAll();
    }

    /**
     * Writes and forces every queued row, moves the file to {@code target} and starts a fresh file with the
     * header (Kea's rotation of {@code F} to {@code F.1} before a cleanup).
     */
    void rotate(Path target) throws IOException {
        lock.lock();
        try {
            while (writing || forcing) {
                written.awaitUninterruptibly();
            }
            checkFailure();
            long target2 = appended;
            write(takePending(), false);
            channel.force(false);
            reachedOs = target2;
            durable = target2;
            channel.close();
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            openChannel();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() throws IOException {
        List<SyncWaiter> waiting = List.of();
        lock.lock();
        try {
            while (writing || forcing) {
                written.awaitUninterruptibly();
            }
            if (failure == null && channel.isOpen()) {
                write(takePending(), false);
                channel.force(false);
                reachedOs = appended;
                durable = appended;
            }
            channel.close();
            closed = true;
            syncNeeded.signal();
            waiting = new ArrayList<>(syncWaiters);
            syncWaiters.clear();
        } finally {
            lock.unlock();
        }
        boolean ok = failure == null;
        waiting.forEach(w -> w.done().accept(ok));
    }

    private void openChannel() throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        if (channel.size() == 0) {
            write(ByteBuffer.wrap((header + "\n").getBytes(StandardCharsets.UTF_8)), false);
            channel.force(false);
            new LeaseFileSet(file).syncDirectory();
        }
    }

    /**
     * Moves the queued rows into a buffer to write, emptying the queue. Plain ASCII rows (the usual case) are copied
     * into one reused direct buffer, which the channel writes without a copy of its own; others are UTF-8 encoded.
     * Called with the lock held; the buffer returned is used by one writer at a time ({@code writing}).
     */
    private ByteBuffer takePending() {
        int n = pending.length();
        ByteBuffer data = n <= DIRECT_SIZE && ascii(pending) ? direct(n) : ByteBuffer.wrap(
                pending.toString().getBytes(StandardCharsets.UTF_8));
        pending.setLength(0);
        if (pending.capacity() > 1 << 20) {
            pending.trimToSize();
        }
        return data;
    }

    private ByteBuffer direct(int n) {
        if (direct == null) {
            direct = ByteBuffer.allocateDirect(DIRECT_SIZE);
        }
        direct.clear();
        for (int i = 0; i < n; i++) {
            direct.put((byte) pending.charAt(i));
        }
        return direct.flip();
    }

    private static boolean ascii(CharSequence s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private void write(ByteBuffer buf, boolean force) throws IOException {
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
        if (force) {
            channel.force(false);
        }
    }

    private void checkFailure() {
        if (failure != null) {
            throw new LeaseStoreException("lease file " + file + " cannot be written: " + failure.getMessage()
                    + "; leases are no longer persisted", failure);
        }
    }
}
