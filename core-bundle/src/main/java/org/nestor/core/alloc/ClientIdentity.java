package org.nestor.core.alloc;

import java.util.Arrays;
import org.nestor.hooks.api.lease.Lease4;

/**
 * Who a client is for lease ownership, by Kea's rules: with {@code match-client-id}, a lease and a query that both
 * carry a client identifier are matched by it; otherwise by hardware address.
 *
 * @param hwAddress the chaddr hardware address (may be empty)
 * @param clientId option 61 data, empty when none (or ignored because match-client-id is false)
 */
public record ClientIdentity(byte[] hwAddress, byte[] clientId) {
    public ClientIdentity {
        hwAddress = hwAddress == null ? new byte[0] : hwAddress.clone();
        clientId = clientId == null ? new byte[0] : clientId.clone();
    }

    /** @return whether {@code lease} belongs to this client */
    public boolean owns(Lease4 lease) {
        if (clientId.length > 0 && lease.hasClientId()) {
            return lease.clientIdEquals(clientId);
        }
        return hwAddress.length > 0 && lease.hwAddressEquals(hwAddress);
    }

    /** @return the hardware address itself, not a copy: for this package's lookups, which only read it */
    byte[] hwAddressShared() {
        return hwAddress;
    }

    /** @return the client identifier itself, not a copy: for this package's lookups, which only read it */
    byte[] clientIdShared() {
        return clientId;
    }

    @Override
    public byte[] hwAddress() {
        return hwAddress.clone();
    }

    @Override
    public byte[] clientId() {
        return clientId.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClientIdentity c && Arrays.equals(hwAddress, c.hwAddress)
                && Arrays.equals(clientId, c.clientId);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(hwAddress) + Arrays.hashCode(clientId);
    }

    @Override
    public String toString() {
        return "ClientIdentity[hw=" + Arrays.toString(hwAddress) + " cid=" + Arrays.toString(clientId) + "]";
    }
}
