package org.nestor.core.alloc;

import org.nestor.core.config.Subnet4;
import org.nestor.hooks.api.lease.Lease4;

/**
 * The outcome of an allocation.
 *
 * @param lease the granted (or, for a DISCOVER, proposed) lease; null when none could be given
 * @param subnet the subnet of the lease (may differ from the selected one in a shared network), null on failure
 */
public record Allocation(Lease4 lease, Subnet4 subnet) {
    static final Allocation FAILED = new Allocation(null, null);

    /** @return whether a lease was given */
    public boolean granted() {
        return lease != null;
    }
}
