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
        byte[] leaseCid = lease.clientId();
        if (clientId.length > 0 && leaseCid.length > 0) {
            return Arrays.equals(clientId, leaseCid);
        }
        return hwAddress.length > 0 && Arrays.equals(hwAddress, lease.hwAddress());
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
