package org.nestor.core.host;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nestor.core.config.Dhcp4Config;
import org.nestor.core.config.HostIdentifierType;
import org.nestor.core.config.Reservation4;
import org.nestor.core.config.Subnet4;

/**
 * The reservations of a configuration (global and per subnet), indexed by identifier and by address without a key
 * object per lookup (see {@link HostTable}). Immutable.
 */
public final class ConfiguredHostStore implements HostStore4 {
    private final HostTable hosts;

    /** Indexes the global and per-subnet reservations of {@code config}. */
    public ConfiguredHostStore(Dhcp4Config config) {
        List<Host4> all = new ArrayList<>();
        for (Reservation4 r : config.globalReservations()) {
            all.add(Host4.of(Host4.GLOBAL, r));
        }
        for (Subnet4 s : config.subnets()) {
            for (Reservation4 r : s.reservations()) {
                all.add(Host4.of(s.id(), r));
            }
        }
        hosts = new HostTable(all);
    }

    @Override
    public Optional<Host4> get(long subnetId, HostIdentifierType type, byte[] identifier) {
        return Optional.ofNullable(hosts.get(subnetId, type, identifier));
    }

    @Override
    public Optional<Host4> getByAddress(long subnetId, int address) {
        return Optional.ofNullable(hosts.getByAddress(subnetId, address));
    }
}
