package org.nestor.hooks.hostcmds;

import java.util.Map;
import org.nestor.hooks.api.config.ConfigurationRejectedException;
import org.nestor.hooks.api.lease.Ipv4;

/** The reservation commands' arguments, refused with the texts of Kea's manual where it gives them. */
final class Args {
    private final Map<String, Object> map;

    private Args(Map<String, Object> map) {
        this.map = map;
    }

    static Args of(Map<String, Object> arguments) throws ConfigurationRejectedException {
        if (arguments == null) {
            throw new ConfigurationRejectedException("Parameters missing or are not a map.");
        }
        return new Args(arguments);
    }

    boolean has(String key) {
        return map.containsKey(key);
    }

    Map<String, Object> map() {
        return map;
    }

    /** @return the mandatory {@code subnet-id} (0: global) */
    long subnetId() throws ConfigurationRejectedException {
        if (!map.containsKey("subnet-id")) {
            throw new ConfigurationRejectedException("Mandatory 'subnet-id' parameter missing.");
        }
        return integer("subnet-id");
    }

    /** @return the optional {@code subnet-id}, null when absent */
    Long optionalSubnetId() throws ConfigurationRejectedException {
        return map.containsKey("subnet-id") ? integer("subnet-id") : null;
    }

    long integer(String key) throws ConfigurationRejectedException {
        if (!(map.get(key) instanceof Long n) || n < 0) {
            throw new ConfigurationRejectedException("'" + key + "' parameter must be a non-negative integer");
        }
        return n;
    }

    String string(String key) throws ConfigurationRejectedException {
        if (!(map.get(key) instanceof String s)) {
            throw new ConfigurationRejectedException("Mandatory '" + key + "' parameter missing or not a string.");
        }
        return s;
    }

    /** @return the address {@code key} as an unsigned 32-bit value */
    int address(String key) throws ConfigurationRejectedException {
        String text = string(key);
        try {
            return Ipv4.parse(text.trim());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationRejectedException("Failed to convert string to address '" + text + "'");
        }
    }

    /** @return whether {@code host} reserves {@code address} */
    static boolean reserves(Host host, int address) {
        try {
            return host.ipAddress() != null && Ipv4.parse(host.ipAddress()) == address;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
