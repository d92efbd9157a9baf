package org.nestor.core.alloc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.nestor.core.config.Pool4;
import org.nestor.core.config.Subnet4;
import org.nestor.core.host.Host4;
import org.nestor.core.host.HostStore4;
import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.lease.LeaseState;
import org.nestor.hooks.api.lease.LeaseStore4;

/** The occupancy of every pool of a configuration, built once from the lease store and kept in step after. */
final class PoolIndex {
    private final Map<Long, Subnet4> subnets = new HashMap<>();
    private final Map<Long, List<PoolOccupancy>> pools = new HashMap<>();
    private final Map<Long, Integer> lastPool = new ConcurrentHashMap<>();

    PoolIndex(List<Subnet4> subnetList, HostStore4 hosts, LeaseStore4 store, List<Integer> reservedAddresses) {
        for (Subnet4 s : subnetList) {
            subnets.put(s.id(), s);
            List<PoolOccupancy> list = new ArrayList<>();
            for (Pool4 p : s.pools()) {
                list.add(new PoolOccupancy(p));
            }
            pools.put(s.id(), list);
            if (!s.parameters().reservationsOutOfPool()) {
                reserveHosts(s, hosts, reservedAddresses);
            }
            for (Lease4 l : store.getBySubnet(s.id())) {
                track(l);
            }
        }
    }

    private void reserveHosts(Subnet4 s, HostStore4 hosts, List<Integer> reservedAddresses) {
        for (Integer address : reservedAddresses) {
            PoolOccupancy occ = occupancy(s.id(), address);
            boolean inSubnet = s.parameters().reservationsInSubnet()
                    && hosts.getByAddress(s.id(), address).isPresent();
            boolean global = s.parameters().reservationsGlobal()
                    && hosts.getByAddress(Host4.GLOBAL, address).isPresent();
            if (occ != null && (inSubnet || global)) {
                occ.reserve(address);
            }
        }
    }

    /** @return the subnet with that id, or null */
    Subnet4 subnet(long id) {
        return subnets.get(id);
    }

    /** @return the pools of a subnet */
    List<PoolOccupancy> pools(long subnetId) {
        return pools.getOrDefault(subnetId, List.of());
    }

    /**
     * @return the position in {@link #pools} of the pool the subnet's last fresh address came from (0 at first):
     *         Kea's iterative allocator goes on from the subnet's last address, whatever pool it lies in
     */
    int lastPool(long subnetId) {
        return lastPool.getOrDefault(subnetId, 0);
    }

    /** Remembers the pool a fresh address of the subnet was just picked from. */
    void rememberPool(long subnetId, int position) {
        lastPool.put(subnetId, position);
    }

    /** @return the pool of {@code subnetId} holding {@code address}, or null */
    PoolOccupancy occupancy(long subnetId, int address) {
        for (PoolOccupancy p : pools(subnetId)) {
            if (p.pool().contains(address)) {
                return p;
            }
        }
        return null;
    }

    /** Records the lease now held in the store for its address. */
    void track(Lease4 lease) {
        PoolOccupancy occ = occupancy(lease.subnetId(), lease.address());
        if (occ == null) {
            return;
        }
        if (lease.state() == LeaseState.EXPIRED_RECLAIMED) {
            occ.free(lease.address());
        } else {
            occ.take(lease.address(), lease.expire());
        }
    }

    /** Records that the store holds no lease for {@code address} of {@code subnetId} any more. */
    void untrack(long subnetId, int address) {
        PoolOccupancy occ = occupancy(subnetId, address);
        if (occ != null) {
            occ.free(address);
        }
    }
}
