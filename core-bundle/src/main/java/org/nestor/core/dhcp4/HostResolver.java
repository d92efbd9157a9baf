package org.nestor.core.dhcp4;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.nestor.core.config.HostIdentifierType;
import org.nestor.core.config.Subnet4;
import org.nestor.core.host.Host4;
import org.nestor.core.host.HostStore4;
import org.nestor.core.wire.Dhcp4Packet;
import org.nestor.core.wire.RelayAgentInfo;

/**
 * Finds a client's reservation as Kea does: identifiers taken from the query in {@code host-reservation-identifiers}
 * order (hw-address, client-id, circuit-id from option 82, duid from a type-255 client-id; flex-id is what a
 * {@code host4_identifier} callout returns, skipped when none is bound), looked up in the subnet when {@code reservations-in-subnet} and globally when
 * {@code reservations-global}; a subnet reservation wins over a global one.
 */
final class HostResolver {
    private static final int DUID_CLIENT_ID_TYPE = 255;
    private static final int DUID_OFFSET = 5;

    private final HostStore4 store;
    private final List<HostIdentifierType> order;

    HostResolver(HostStore4 store, List<HostIdentifierType> order) {
        this.store = store;
        this.order = List.copyOf(order);
    }

    /** No flex-id: no {@code host4_identifier} callout is bound. */
    static final Supplier<byte[]> NO_FLEX_ID = () -> null;

    /** @return the identifiers the query carries, in lookup order (no flex-id) */
    Map<HostIdentifierType, byte[]> identifiers(Dhcp4Packet q) {
        return identifiers(q, NO_FLEX_ID);
    }

    /**
     * @param flexId asked for the flex-id identifier when {@code host-reservation-identifiers} lists flex-id
     * @return the identifiers the query carries, in lookup order
     */
    Map<HostIdentifierType, byte[]> identifiers(Dhcp4Packet q, Supplier<byte[]> flexId) {
        Map<HostIdentifierType, byte[]> ids = new LinkedHashMap<>();
        byte[] cid = q.option(61);
        for (HostIdentifierType type : order) {
            byte[] id = switch (type) {
                case HW_ADDRESS -> q.hwAddress();
                case CLIENT_ID -> cid;
                case CIRCUIT_ID -> RelayInfo.sub(q, RelayAgentInfo.CIRCUIT_ID);
                case DUID -> cid != null && cid.length > DUID_OFFSET && (cid[0] & 0xff) == DUID_CLIENT_ID_TYPE
                        ? Arrays.copyOfRange(cid, DUID_OFFSET, cid.length) : null;
                case FLEX_ID -> flexId.get();
            };
            if (id != null && id.length > 0) {
                ids.put(type, id);
            }
        }
        return ids;
    }

    /** @return the client's reservation that applies in subnet {@code s} */
    Optional<Host4> find(Subnet4 s, Map<HostIdentifierType, byte[]> ids) {
        if (s.parameters().reservationsInSubnet()) {
            Optional<Host4> h = lookup(s.id(), ids);
            if (h.isPresent()) {
                return h;
            }
        }
        return s.parameters().reservationsGlobal() ? lookup(Host4.GLOBAL, ids) : Optional.empty();
    }

    /** @return the client's global reservation (used when no subnet is selected) */
    Optional<Host4> findGlobal(Map<HostIdentifierType, byte[]> ids) {
        return lookup(Host4.GLOBAL, ids);
    }

    private Optional<Host4> lookup(long subnetId, Map<HostIdentifierType, byte[]> ids) {
        for (Map.Entry<HostIdentifierType, byte[]> e : ids.entrySet()) {
            Optional<Host4> h = store.get(subnetId, e.getKey(), e.getValue());
            if (h.isPresent()) {
                return h;
            }
        }
        return Optional.empty();
    }
}
