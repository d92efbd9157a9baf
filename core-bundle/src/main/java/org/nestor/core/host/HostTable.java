package org.nestor.core.host;

import java.util.List;
import org.nestor.core.config.HostIdentifierType;

/**
 * Reservations in two open-addressing tables, one keyed by (subnet id, identifier type, identifier bytes) and one
 * by (subnet id, address): a lookup hashes the bytes it is given and builds no key object. Immutable once built;
 * a later host with the key of an earlier one replaces it.
 */
final class HostTable {
    private final Host4[] byIdentifier;
    private final Host4[] byAddress;

    HostTable(List<Host4> hosts) {
        byIdentifier = new Host4[capacity(hosts.size())];
        byAddress = new Host4[capacity(hosts.size())];
        for (Host4 h : hosts) {
            byIdentifier[identifierSlot(h.subnetId(), h.idType(), h.identifierView())] = h;
            if (h.hasAddress()) {
                byAddress[addressSlot(h.subnetId(), h.address())] = h;
            }
        }
    }

    /** @return the host with that identifier in subnet {@code subnetId}, or null */
    Host4 get(long subnetId, HostIdentifierType type, byte[] identifier) {
        return byIdentifier[identifierSlot(subnetId, type, identifier)];
    }

    /** @return the host reserving {@code address} in subnet {@code subnetId}, or null */
    Host4 getByAddress(long subnetId, int address) {
        return byAddress[addressSlot(subnetId, address)];
    }

    private int identifierSlot(long subnetId, HostIdentifierType type, byte[] id) {
        int mask = byIdentifier.length - 1;
        int h = mix(31 * Long.hashCode(subnetId) + type.code());
        for (byte b : id) {
            h = (h ^ (b & 0xff)) * 0x01000193;
        }
        for (int i = mix(h) & mask; ; i = (i + 1) & mask) {
            Host4 at = byIdentifier[i];
            if (at == null || at.subnetId() == subnetId && at.idType() == type && at.identifierEquals(id)) {
                return i;
            }
        }
    }

    private int addressSlot(long subnetId, int address) {
        int mask = byAddress.length - 1;
        for (int i = mix(31 * Long.hashCode(subnetId) + address) & mask; ; i = (i + 1) & mask) {
            Host4 at = byAddress[i];
            if (at == null || at.subnetId() == subnetId && at.address() == address) {
                return i;
            }
        }
    }

    /** @return a power of two at least twice {@code n}, so that a probe always meets an empty slot */
    private static int capacity(int n) {
        return Integer.highestOneBit(Math.max(1, n) * 2) << 1;
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h ^ (h >>> 16);
    }
}
