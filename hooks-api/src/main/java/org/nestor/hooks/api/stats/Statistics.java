package org.nestor.hooks.api.stats;

import java.util.OptionalLong;

/**
 * The server's statistics under Kea's names ({@code subnet[1].assigned-addresses}, {@code declined-addresses},
 * {@code subnet[1].cumulative-assigned-addresses}, ...), published by the server as a service. Hooks read them and
 * keep the address counts right when they change leases outside the engine (Kea's lease commands do). Thread-safe.
 */
public interface Statistics {
    /** @return the value of statistic {@code name}, empty when it does not exist */
    OptionalLong value(String name);

    /** Adds {@code delta} (may be negative) to statistic {@code name}, creating it at 0 first, with a new sample. */
    void add(String name, long delta);

    /** @return Kea's per-subnet statistic name: {@code subnet[<id>].<name>} */
    static String subnetStat(long subnetId, String name) {
        return "subnet[" + subnetId + "]." + name;
    }
}
