package org.nestor.core.net;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The replies made on the receiving thread during one batch, kept until the batch ends. A reply made later or on
 * another thread (a packet parked by a hook and resumed) goes out at once.
 */
final class HeldReplies {
    private final Thread owner = Thread.currentThread();
    private final List<OutboundDatagram> replies = new ArrayList<>(4);
    private final List<Consumer<OutboundDatagram>> senders = new ArrayList<>(4);
    private boolean open = true;
    private int datagrams;

    /**
     * Called once per datagram of the batch.
     *
     * @return a sender that holds what {@code send} would send while this batch is open on its thread
     */
    Consumer<OutboundDatagram> holding(Consumer<OutboundDatagram> send) {
        datagrams++;
        return out -> {
            if (open && Thread.currentThread() == owner) {
                replies.add(out);
                senders.add(send);
            } else {
                send.accept(out);
            }
        };
    }

    /** @return how many datagrams the batch holds replies for */
    int datagrams() {
        return datagrams;
    }

    /** Ends the batch on its thread: replies made from now on go out at once. */
    void close() {
        open = false;
    }

    /** Sends the held replies ({@code send}) or forgets them; once, after {@link #close}, from any thread. */
    void release(boolean send) {
        if (send) {
            for (int i = 0; i < replies.size(); i++) {
                senders.get(i).accept(replies.get(i));
            }
        }
        replies.clear();
        senders.clear();
    }
}
