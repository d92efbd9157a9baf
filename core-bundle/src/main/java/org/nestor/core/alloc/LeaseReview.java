package org.nestor.core.alloc;

import org.nestor.core.config.Subnet4;
import org.nestor.hooks.api.lease.Lease4;

/**
 * A last look at a lease before it is granted (the engine's {@code lease4_select} and {@code lease4_renew}
 * callouts). Called under the address's lock, before anything is written.
 */
@FunctionalInterface
public interface LeaseReview {
    /** Grants every lease as chosen. */
    LeaseReview NONE = (lease, subnet, fake, renewed) -> lease;

    /**
     * @param lease the lease about to be granted
     * @param subnet its subnet
     * @param fake whether it is only proposed (DISCOVER)
     * @param renewed the client's stored lease being extended, null when the lease is new to the client
     * @return the lease to grant (possibly changed); {@code renewed} itself to keep the stored lease unchanged
     * @throws Skipped when no lease is to be granted at all
     */
    Lease4 review(Lease4 lease, Subnet4 subnet, boolean fake, Lease4 renewed);

    /** Thrown by a review that refuses any lease: the allocation fails without trying other addresses. */
    final class Skipped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** A refusal. */
        public Skipped() {
            super("lease selection skipped by a callout", null, false, false);
        }
    }
}
