package org.nestor.core.stats;

import java.util.OptionalLong;
import org.nestor.hooks.api.stats.Statistics;

/** The server's {@link StatsManager} as hooks see it ({@link Statistics}). */
public final class HookStatistics implements Statistics {
    private final StatsManager stats;

    public HookStatistics(StatsManager stats) {
        this.stats = stats;
    }

    @Override
    public OptionalLong value(String name) {
        return stats.exists(name) ? OptionalLong.of(stats.value(name)) : OptionalLong.empty();
    }

    @Override
    public void add(String name, long delta) {
        stats.add(name, delta);
    }
}
