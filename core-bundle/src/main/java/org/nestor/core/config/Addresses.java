package org.nestor.core.config;

import org.nestor.core.json.JsonPosition;
import org.nestor.hooks.api.lease.Ipv4;

/** IPv4 text conversions that fail with Kea's wording and the position of the offending value. */
final class Addresses {
    private Addresses() {
    }

    /** @return {@code text} as an unsigned 32-bit address */
    static int parse(String text, JsonPosition at) throws ConfigException {
        try {
            return Ipv4.parse(text.trim());
        } catch (IllegalArgumentException e) {
            if (text.indexOf(':') >= 0) {
                throw new ConfigException(at, "Non IPv4 address " + text.trim() + " specified");
            }
            throw new ConfigException(at, "Failed to convert string to address '" + text.trim()
                    + "': Invalid argument");
        }
    }

    /** @return the network mask of a prefix length 0..32 */
    static int mask(int prefixLength) {
        return prefixLength == 0 ? 0 : -1 << (32 - prefixLength);
    }
}
