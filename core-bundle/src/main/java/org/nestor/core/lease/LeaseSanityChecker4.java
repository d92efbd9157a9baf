package org.nestor.core.lease;

import org.nestor.hooks.api.lease.Lease4;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Applies {@code lease-checks} to leases read from a lease file, with Kea's log messages. */
public final class LeaseSanityChecker4 {
    private static final Logger LOG = LoggerFactory.getLogger("kea-dhcp4.dhcpsrv");
    /** Accepts every lease: for stores opened without a subnet configuration. */
    public static final LeaseSanityChecker4 NONE = new LeaseSanityChecker4(LeaseChecks.NONE, null);

    private final LeaseChecks mode;
    private final SubnetLookup4 subnets;

    /**
     * @param mode what to do with a lease in the wrong subnet
     * @param subnets the configured subnets (ignored, may be null, when {@code mode} is NONE)
     */
    public LeaseSanityChecker4(LeaseChecks mode, SubnetLookup4 subnets) {
        this.mode = subnets == null ? LeaseChecks.NONE : mode;
        this.subnets = subnets;
    }

    /** @return whether a lease of {@code subnetId} at {@code address} passes as it is (no log, no change) */
    public boolean accepts(long subnetId, int address) {
        return mode == LeaseChecks.NONE || subnets.contains(subnetId, address);
    }

    /** @return the lease to keep (possibly with its subnet id corrected), or null to drop it */
    public Lease4 check(Lease4 lease) {
        if (mode == LeaseChecks.NONE || subnets.contains(lease.subnetId(), lease.address())) {
            return lease;
        }
        long right = subnets.subnetIdFor(lease.address());
        String reason = right == 0 ? "the lease IP address did not belong to a configured subnet"
                : "the lease should have subnet-id " + right;
        switch (mode) {
            case FIX:
            case FIX_DEL:
                if (right != 0) {
                    LOG.info("DHCPSRV_LEASE_SANITY_FIXED The lease {} with subnet-id {} failed subnet-id checks, "
                            + "but was corrected to subnet-id {}.", lease.addressText(), lease.subnetId(), right);
                    return new Lease4(lease.address(), lease.hwAddress(), lease.clientId(), lease.validLifetime(),
                            lease.cltt(), right, lease.fqdnForward(), lease.fqdnReverse(), lease.hostname(),
                            lease.state(), lease.userContext(), lease.poolId());
                }
                if (mode == LeaseChecks.FIX) {
                    warn(lease, reason);
                    return lease;
                }
                return drop(lease, reason);
            case DEL:
                return drop(lease, reason);
            default:
                warn(lease, reason);
                return lease;
        }
    }

    private static void warn(Lease4 lease, String reason) {
        LOG.warn("DHCPSRV_LEASE_SANITY_FAIL The lease {} with subnet-id {} failed subnet-id checks ({}).",
                lease.addressText(), lease.subnetId(), reason);
    }

    private static Lease4 drop(Lease4 lease, String reason) {
        LOG.warn("DHCPSRV_LEASE_SANITY_FAIL_DISCARD The lease {} with subnet-id {} failed subnet-id checks ({}) "
                + "and was dropped.", lease.addressText(), lease.subnetId(), reason);
        return null;
    }
}
