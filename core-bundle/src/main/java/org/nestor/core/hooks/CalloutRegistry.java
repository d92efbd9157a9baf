package org.nestor.core.hooks;

import java.util.ArrayList;
import java.util.List;
import org.nestor.hooks.api.Callout;
import org.nestor.hooks.api.HookPoint;

/**
 * The live set of callouts, published copy-on-write as a {@link CalloutTable}: changes (rare) rebuild the table
 * under this object's lock; readers (every packet) only read a volatile field.
 */
public final class CalloutRegistry {
    private final List<CalloutEntry> entries = new ArrayList<>();
    private List<String> libraryOrder = List.of();
    private volatile CalloutTable table = CalloutTable.EMPTY;

    /** @return the current snapshot: no lock, no allocation */
    public CalloutTable table() {
        return table;
    }

    /** Adds a callout; packets arriving from now on call it. */
    public synchronized void add(CalloutEntry entry) {
        entries.add(entry);
        publish();
    }

    /** Removes the registration of {@code callout} on {@code point}. @return whether it was registered */
    public synchronized boolean remove(HookPoint point, Callout callout) {
        boolean removed = entries.removeIf(e -> e.point() == point && e.callout() == callout);
        if (removed) {
            publish();
        }
        return removed;
    }

    /** Sets the {@code hooks-libraries} order: callouts of these libraries run first, in this order. */
    public synchronized void setLibraryOrder(List<String> libraries) {
        libraryOrder = List.copyOf(libraries);
        publish();
    }

    private void publish() {
        table = entries.isEmpty() ? CalloutTable.EMPTY : new CalloutTable(List.copyOf(entries), libraryOrder);
    }
}
