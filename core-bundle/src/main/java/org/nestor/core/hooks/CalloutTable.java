package org.nestor.core.hooks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nestor.hooks.api.HookPoint;

/**
 * An immutable snapshot of the callouts of every hook point, in calling order. A packet takes one table when it
 * arrives and uses it to the end, so it sees one consistent set however bundles come and go meanwhile.
 */
public final class CalloutTable {
    private static final CalloutEntry[] NONE = new CalloutEntry[0];
    /** The table with no callouts. */
    public static final CalloutTable EMPTY = new CalloutTable(List.of(), List.of());

    private final CalloutEntry[][] byPoint = new CalloutEntry[HookPoint.values().length][];
    private final boolean empty;

    CalloutTable(List<CalloutEntry> entries, List<String> libraryOrder) {
        Comparator<CalloutEntry> order = Comparator
                .comparingInt((CalloutEntry e) -> position(libraryOrder, e.library()))
                .thenComparing(Comparator.comparingInt(CalloutEntry::ranking).reversed())
                .thenComparingLong(CalloutEntry::id);
        for (HookPoint p : HookPoint.values()) {
            List<CalloutEntry> on = new ArrayList<>();
            entries.stream().filter(e -> e.point() == p).forEach(on::add);
            on.sort(order);
            byPoint[p.ordinal()] = on.isEmpty() ? NONE : on.toArray(NONE);
        }
        this.empty = entries.isEmpty();
    }

    private static int position(List<String> order, String library) {
        int i = order.indexOf(library);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    /** @return whether any callout is registered on {@code point} */
    public boolean has(HookPoint point) {
        return byPoint[point.ordinal()].length > 0;
    }

    /** @return whether no callout is registered at all */
    public boolean isEmpty() {
        return empty;
    }

    /** @return the callouts of {@code point} in calling order (the caller must not change the array) */
    CalloutEntry[] on(HookPoint point) {
        return byPoint[point.ordinal()];
    }

    /** @return the callouts of {@code point} in calling order */
    public List<CalloutEntry> callouts(HookPoint point) {
        return List.of(byPoint[point.ordinal()]);
    }
}
