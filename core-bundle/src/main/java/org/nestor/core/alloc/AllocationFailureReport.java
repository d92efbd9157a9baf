package org.nestor.core.alloc;

import org.nestor.core.config.Subnet4;
import org.slf4j.Logger;

/**
 * Logs and counts a failed allocation the way Kea 2.2 does ({@code v4-allocation-fail*},
 * ALLOC_ENGINE_V4_ALLOC_FAIL*).
 */
final class AllocationFailureReport {
    private final LeaseStatistics stats;
    private final Logger log;

    AllocationFailureReport(LeaseStatistics stats, Logger log) {
        this.stats = stats;
        this.log = log;
    }

    void report(AllocationRequest r, FreshSearch search) {
        if (r.subnets().isEmpty()) {
            stats.allocationFailed("");
            return;
        }
        Subnet4 first = r.subnets().get(0);
        if (search.poolsAllowed == 0 && search.poolsDenied > 0) {
            log.warn("ALLOC_ENGINE_V4_ALLOC_FAIL_CLASSES {}: Failed to allocate an IPv4 address for client with "
                    + "classes: {}", r.label(), String.join(", ", r.classes()));
            stats.allocationFailed("-classes");
        } else if (search.poolsAllowed == 0) {
            log.warn("ALLOC_ENGINE_V4_ALLOC_FAIL_NO_POOLS {}: no pools were available for the address allocation",
                    r.label());
            stats.allocationFailed("-no-pools");
        } else if (!first.sharedNetwork().isEmpty()) {
            int unavailable = r.subnets().size() - search.subnetsWithoutPools;
            log.warn("ALLOC_ENGINE_V4_ALLOC_FAIL_SHARED_NETWORK {}: failed to allocate an IPv4 address in the "
                    + "shared network {}: {} subnets have no available addresses, {} subnets have no matching pools",
                    r.label(), first.sharedNetwork(), unavailable, search.subnetsWithoutPools);
            stats.allocationFailed("-shared-network");
        } else {
            log.warn("ALLOC_ENGINE_V4_ALLOC_FAIL_SUBNET {}: failed to allocate an IPv4 lease in the subnet {}, "
                    + "subnet-id {}, shared network {}", r.label(), first.text(), first.id(),
                    first.sharedNetwork().isEmpty() ? "(none)" : first.sharedNetwork());
            stats.allocationFailed("-subnet");
        }
        log.warn("ALLOC_ENGINE_V4_ALLOC_FAIL {}: failed to allocate an IPv4 address after {} attempt(s)",
                r.label(), search.attempts);
    }

}
