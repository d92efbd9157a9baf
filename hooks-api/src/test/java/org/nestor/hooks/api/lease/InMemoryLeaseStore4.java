package org.nestor.hooks.api.lease;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A hand-written lease store test double for the core's and the hook bundles' tests (shipped in hooks-api's test
 * jar): one map ordered by address, linear lookups (tests are small).
 */
public class InMemoryLeaseStore4 implements LeaseStore4 {
    private final Map<Integer, Lease4> leases = new ConcurrentSkipListMap<>(Integer::compareUnsigned);

    @Override
    public synchronized boolean add(Lease4 lease) {
        return leases.putIfAbsent(lease.address(), lease) == null;
    }

    @Override
    public synchronized void update(Lease4 lease) {
        if (!leases.containsKey(lease.address())) {
            throw new LeaseStoreException("no lease for " + lease.addressText());
        }
        leases.put(lease.address(), lease);
    }

    @Override
    public synchronized boolean delete(int address) {
        return leases.remove(address) != null;
    }

    @Override
    public Optional<Lease4> get(int address) {
        return Optional.ofNullable(leases.get(address));
    }

    @Override
    public List<Lease4> getByHwAddress(byte[] hwAddress) {
        return leases.values().stream().filter(l -> Arrays.equals(l.hwAddress(), hwAddress)).toList();
    }

    @Override
    public List<Lease4> getByClientId(byte[] clientId) {
        return leases.values().stream().filter(l -> Arrays.equals(l.clientId(), clientId)).toList();
    }

    @Override
    public List<Lease4> getBySubnet(long subnetId) {
        return leases.values().stream().filter(l -> l.subnetId() == subnetId).toList();
    }

    @Override
    public List<Lease4> getAll() {
        return new ArrayList<>(leases.values());
    }

    @Override
    public List<Lease4> getExpired(long nowSeconds, int max) {
        return leases.values().stream().filter(l -> l.state() == LeaseState.DEFAULT && l.isExpired(nowSeconds))
                .sorted(Comparator.comparingLong(Lease4::expire)).limit(max).toList();
    }

    @Override
    public int deleteReclaimedOlderThan(long nowSeconds, long seconds) {
        List<Integer> old = leases.values().stream().filter(l -> l.state() == LeaseState.EXPIRED_RECLAIMED
                && l.expire() < nowSeconds - seconds).map(Lease4::address).toList();
        old.forEach(leases::remove);
        return old.size();
    }

    @Override
    public int size() {
        return leases.size();
    }
}
