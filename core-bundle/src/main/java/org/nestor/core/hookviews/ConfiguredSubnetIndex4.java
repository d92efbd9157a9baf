package org.nestor.core.hookviews;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.nestor.core.config.Dhcp4Config;
import org.nestor.core.config.Pool4;
import org.nestor.core.config.Subnet4;
import org.nestor.hooks.api.lease.SubnetIndex4;
import org.nestor.hooks.api.lease.SubnetSummary4;

/**
 * The subnets of the configuration in force at each call. Summaries are computed once per configuration (the
 * configuration is immutable, so its identity says when to recompute).
 */
public final class ConfiguredSubnetIndex4 implements SubnetIndex4 {
    private final Supplier<Dhcp4Config> current;
    private volatile Cached cached = new Cached(null, List.of(), List.of());

    /** @param current the configuration in force, null when none; must not block */
    public ConfiguredSubnetIndex4(Supplier<Dhcp4Config> current) {
        this.current = current;
    }

    @Override
    public List<SubnetSummary4> subnets() {
        return snapshot().byId;
    }

    @Override
    public Optional<SubnetSummary4> byId(long subnetId) {
        return snapshot().byId.stream().filter(s -> s.id() == subnetId).findFirst();
    }

    @Override
    public Optional<SubnetSummary4> forAddress(int address) {
        return snapshot().inConfigOrder.stream().filter(s -> s.contains(address)).findFirst();
    }

    private Cached snapshot() {
        Dhcp4Config config = current.get();
        Cached c = cached;
        if (c.config != config) {
            List<SubnetSummary4> ordered = config == null ? List.of()
                    : config.subnets().stream().map(ConfiguredSubnetIndex4::summary).toList();
            c = new Cached(config, ordered,
                    ordered.stream().sorted(Comparator.comparingLong(SubnetSummary4::id)).toList());
            cached = c;
        }
        return c;
    }

    static SubnetSummary4 summary(Subnet4 s) {
        return new SubnetSummary4(s.id(), s.prefix(), s.prefixLength(),
                s.pools().stream().mapToLong(Pool4::size).sum(), s.parameters().valid().def());
    }

    private record Cached(Dhcp4Config config, List<SubnetSummary4> inConfigOrder, List<SubnetSummary4> byId) {
    }
}
