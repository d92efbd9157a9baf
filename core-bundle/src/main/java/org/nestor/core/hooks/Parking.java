package org.nestor.core.hooks;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.nestor.hooks.api.ParkedPacket;

/**
 * One packet parked at one point. The server holds a reference while the callouts run; each
 * {@link ParkedPacket} ticket a callout takes holds another. When the last reference goes the packet resumes (on
 * the thread that released it); the first drop, or the lot's timeout, drops it. Exactly one of the two happens.
 */
public final class Parking {
    private final ParkingLot lot;
    private final AtomicInteger references = new AtomicInteger(1);
    private Runnable onResume;
    private Runnable onDrop;
    private ScheduledFuture<?> timeout;
    private boolean holding;
    private boolean finished;
    private volatile boolean ticketsTaken;

    Parking(ParkingLot lot) {
        this.lot = lot;
    }

    /** @return a new ticket (a callout parks the packet) */
    ParkedPacket ticket() {
        ticketsTaken = true;
        references.incrementAndGet();
        return new Ticket();
    }

    /** @return whether a callout took a ticket; if none did, the packet goes on at once (as Kea does) */
    public boolean ticketsTaken() {
        return ticketsTaken;
    }

    /**
     * Holds the packet until its tickets are resumed (then {@code resume} runs) or one is dropped or it times out
     * (then {@code drop} runs). Either may run before this method returns, on this thread.
     */
    public void hold(Runnable resume, Runnable drop) {
        boolean droppedEarly;
        synchronized (this) {
            onResume = resume;
            onDrop = drop;
            droppedEarly = finished;
            if (!droppedEarly) {
                holding = true;
                lot.entered();
                timeout = lot.schedule(() -> finish(false, true));
            }
        }
        if (droppedEarly) {
            drop.run();
        } else {
            release();
        }
    }

    private void release() {
        if (references.decrementAndGet() == 0) {
            finish(true, false);
        }
    }

    private void finish(boolean resumed, boolean timedOut) {
        Runnable action;
        synchronized (this) {
            if (finished) {
                return;
            }
            finished = true;
            if (!holding) {
                return;
            }
            if (timeout != null) {
                timeout.cancel(false);
            }
            lot.left(timedOut);
            action = resumed ? onResume : onDrop;
        }
        action.run();
    }

    private synchronized boolean isFinished() {
        return finished;
    }

    /** A callout's reference to the parked packet. */
    private final class Ticket implements ParkedPacket {
        private final AtomicBoolean used = new AtomicBoolean();

        @Override
        public void resume() {
            if (used.compareAndSet(false, true)) {
                release();
            }
        }

        @Override
        public void drop() {
            if (used.compareAndSet(false, true)) {
                finish(false, false);
            }
        }

        @Override
        public boolean isParked() {
            return !isFinished();
        }
    }
}
