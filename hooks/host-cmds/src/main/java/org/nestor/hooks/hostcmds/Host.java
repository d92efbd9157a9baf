package org.nestor.hooks.hostcmds;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One host reservation as Kea's configuration writes it ({@code hw-address}, {@code ip-address}, ...) and the
 * subnet it belongs to, 0 for a global reservation.
 */
public record Host(long subnetId, Map<String, Object> reservation) {
    /** @return the reservation as Kea's answers show it when the command did not name a subnet: with its subnet-id */
    Map<String, Object> withSubnetId() {
        Map<String, Object> shown = new LinkedHashMap<>(reservation);
        shown.put("subnet-id", subnetId);
        return shown;
    }

    /** @return whether the host is identified by {@code identifier} */
    boolean identifiedBy(HostIdentifier identifier) {
        return identifier.matches(reservation);
    }

    /** @return the reserved IPv4 address as written, null when none */
    String ipAddress() {
        return reservation.get("ip-address") instanceof String s ? s.trim() : null;
    }
}
