package org.nestor.core.hookviews;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.lease.LeaseStore4;
import org.nestor.hooks.api.lease.LeaseStoreException;

/**
 * The lease store the server uses at the moment of each call: a reconfiguration that opens another lease database
 * is followed without the hook noticing. When the server is stopped every call fails with a clear
 * {@link LeaseStoreException}.
 */
public final class RunningLeaseStore4 implements LeaseStore4 {
    private final Supplier<LeaseStore4> current;

    /** @param current the store in use now, null when the server is stopped; must not block */
    public RunningLeaseStore4(Supplier<LeaseStore4> current) {
        this.current = current;
    }

    private LeaseStore4 store() {
        LeaseStore4 s = current.get();
        if (s == null) {
            throw new LeaseStoreException("the DHCPv4 server is not running: no lease database is open");
        }
        return s;
    }

    @Override
    public boolean add(Lease4 lease) {
        return store().add(lease);
    }

    @Override
    public void update(Lease4 lease) {
        store().update(lease);
    }

    @Override
    public boolean delete(int address) {
        return store().delete(address);
    }

    @Override
    public Optional<Lease4> get(int address) {
        return store().get(address);
    }

    @Override
    public List<Lease4> getByHwAddress(byte[] hwAddress) {
        return store().getByHwAddress(hwAddress);
    }

    @Override
    public List<Lease4> getByClientId(byte[] clientId) {
        return store().getByClientId(clientId);
    }

    @Override
    public List<Lease4> getBySubnet(long subnetId) {
        return store().getBySubnet(subnetId);
    }

    @Override
    public List<Lease4> getAll() {
        return store().getAll();
    }

    @Override
    public List<Lease4> getExpired(long nowSeconds, int max) {
        return store().getExpired(nowSeconds, max);
    }

    @Override
    public int deleteReclaimedOlderThan(long nowSeconds, long seconds) {
        return store().deleteReclaimedOlderThan(nowSeconds, seconds);
    }

    @Override
    public int size() {
        return store().size();
    }

    @Override
    public List<Lease4> getPage(long afterAddress, int limit) {
        return store().getPage(afterAddress, limit);
    }

    @Override
    public List<Lease4> getByHostname(String hostname) {
        return store().getByHostname(hostname);
    }

    @Override
    public void writeTo(Path file) {
        store().writeTo(file);
    }
}
