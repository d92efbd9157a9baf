package org.nestor.core.stats;

/**
 * One statistic resolved by name once, for the packet path: adding through it skips the name lookup and stamps
 * the sample with one clock read. When the statistic is removed ({@code statistic-remove}, {@code -remove-all})
 * the next add creates it again with the limits in force then, as adding by name does.
 */
public final class Counter {
    private final StatsManager stats;
    private final String name;
    private volatile Statistic statistic;

    Counter(StatsManager stats, String name) {
        this.stats = stats;
        this.name = name;
    }

    /** Adds {@code delta} to the statistic, creating it at 0 first if it does not exist. */
    public void add(long delta) {
        Statistic s = statistic;
        if (s == null || s.removed()) {
            s = stats.statistic(name);
            statistic = s;
        }
        s.add(delta, stats.nowMicros());
    }

    /** Adds 1. */
    public void increment() {
        add(1);
    }

    /** @return the statistic's name */
    public String name() {
        return name;
    }
}
