package org.nestor.core.host;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.nestor.core.config.Dhcp4Config;
import org.nestor.core.config.HostIdentifierType;
import org.nestor.core.config.Reservation4;
import org.nestor.core.config.Subnet4;

/** The reservations of a configuration (global and per subnet), indexed by identifier and by address. Immutable. */
public final class ConfiguredHostStore implements HostStore4 {
    private final Map<String, Host4> byIdentifier = new HashMap<>();
    private final Map<String, Host4> byAddress = new HashMap<>();

    /** Indexes the global and per-subnet reservations of {@code config}. */
    public ConfiguredHostStore(Dhcp4Config config) {
        for (Reservation4 r : config.globalReservations()) {
            add(Host4.of(Host4.GLOBAL, r));
        }
        for (Subnet4 s : config.subnets()) {
            for (Reservation4 r : s.reservations()) {
                add(Host4.of(s.id(), r));
            }
        }
    }

    private void add(Host4 h) {
        byIdentifier.put(idKey(h.subnetId(), h.idType(), h.identifier()), h);
        if (h.hasAddress()) {
            byAddress.put(h.subnetId() + "/" + h.address(), h);
        }
    }

    private static String idKey(long subnetId, HostIdentifierType type, byte[] id) {
        return subnetId + "/" + type.code() + "/" + HexFormat.of().formatHex(id);
    }

    @Override
    public Optional<Host4> get(long subnetId, HostIdentifierType type, byte[] identifier) {
        return Optional.ofNullable(byIdentifier.get(idKey(subnetId, type, identifier)));
    }

    @Override
    public Optional<Host4> getByAddress(long subnetId, int address) {
        return Optional.ofNullable(byAddress.get(subnetId + "/" + address));
    }
}
