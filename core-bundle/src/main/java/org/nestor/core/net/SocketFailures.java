package org.nestor.core.net;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The service sockets that could not be opened and why, whether they are being retried, and Kea's
 * {@code status-get} view of it. Thread-safe: the retry thread and {@code status-get} both use it.
 */
final class SocketFailures {
    private final Map<String, String> reasons = new LinkedHashMap<>();
    private boolean retrying;
    private boolean exhausted;
    private Runnable onExhausted = () -> { };

    synchronized void failed(String name, String reason) {
        reasons.put(name, reason);
    }

    synchronized void opened(String name) {
        reasons.remove(name);
    }

    /** @return the names of the interfaces (or {@code *}) whose sockets are not open */
    synchronized List<String> names() {
        return List.copyOf(reasons.keySet());
    }

    synchronized void retrying(boolean value) {
        retrying = value;
    }

    /** The last retry failed: tells the listener, once. */
    void exhausted() {
        Runnable listener;
        synchronized (this) {
            retrying = false;
            exhausted = true;
            listener = onExhausted;
        }
        listener.run();
    }

    /** Sets what {@link #exhausted()} runs; runs it at once when the retries are already exhausted. */
    void onExhausted(Runnable listener) {
        boolean already;
        synchronized (this) {
            onExhausted = listener;
            already = exhausted;
        }
        if (already) {
            listener.run();
        }
    }

    /** @return {@code ready} without failures, else {@code retrying} or {@code failed} with one error each */
    synchronized SocketState state() {
        List<String> errors = List.copyOf(reasons.values());
        String status = errors.isEmpty() ? SocketState.READY : retrying ? SocketState.RETRYING : SocketState.FAILED;
        return new SocketState(status, errors);
    }
}
