package org.nestor.core.alloc;

import java.util.List;
import org.nestor.core.config.Subnet4;
import org.nestor.hooks.api.lease.Lease4;

/**
 * One search for an address the client has no claim on: per allowed pool, starting with the pool of the subnet's
 * last pick as Kea's iterative allocator does, never-used addresses round robin, then expired leases oldest first. Remembers why it failed, for Kea's failure statistics and messages.
 */
final class FreshSearch {
    private static final int EXPIRED_BATCH = 8;

    private final PoolIndex index;
    private final LeaseLedger ledger;
    private final AllocationRequest request;
    private final boolean fake;
    int attempts;
    int poolsAllowed;
    int poolsDenied;
    int subnetsWithoutPools;

    FreshSearch(PoolIndex index, LeaseLedger ledger, AllocationRequest request, boolean fake) {
        this.index = index;
        this.ledger = ledger;
        this.request = request;
        this.fake = fake;
    }

    Allocation run() {
        for (Subnet4 s : request.subnets()) {
            boolean anyAllowed = false;
            List<PoolOccupancy> pools = index.pools(s.id());
            int start = index.lastPool(s.id());
            if (start < pools.size() && pools.get(start).reachedEnd()) {
                start++;
            }
            for (int k = 0; k < pools.size(); k++) {
                int position = (start + k) % pools.size();
                PoolOccupancy occ = pools.get(position);
                if (!request.poolAllowed().test(occ.pool())) {
                    poolsDenied++;
                    continue;
                }
                anyAllowed = true;
                poolsAllowed++;
                Lease4 l = fromPool(s, occ);
                if (l != null) {
                    index.rememberPool(s.id(), position);
                    return new Allocation(l, s);
                }
            }
            if (!anyAllowed) {
                subnetsWithoutPools++;
            }
        }
        return Allocation.FAILED;
    }

    private Lease4 fromPool(Subnet4 s, PoolOccupancy occ) {
        for (int i = 0; i < occ.size(); i++) {
            long candidate = occ.nextFree();
            if (candidate < 0) {
                break;
            }
            attempts++;
            Lease4 l = ledger.take((int) candidate, s, occ.pool().poolId(), request, fake);
            if (l != null) {
                return l;
            }
        }
        for (int address : occ.expired(ledger.now(), EXPIRED_BATCH)) {
            attempts++;
            Lease4 l = ledger.take(address, s, occ.pool().poolId(), request, fake);
            if (l != null) {
                return l;
            }
        }
        return null;
    }
}
