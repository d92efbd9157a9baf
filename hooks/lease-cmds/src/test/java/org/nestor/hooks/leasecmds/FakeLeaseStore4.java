package org.nestor.hooks.leasecmds;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.lease.LeaseStore4;
import org.nestor.hooks.api.lease.LeaseStoreException;

/** An in-memory lease store for the command tests: one map ordered by address, linear lookups. */
final class FakeLeaseStore4 implements LeaseStore4 {
    private final TreeMap<Long, Lease4> leases = new TreeMap<>();
    Path written;

    private static long key(int address) {
        return Integer.toUnsignedLong(address);
    }

    @Override
    public boolean add(Lease4 lease) {
        return leases.putIfAbsent(key(lease.address()), lease) == null;
    }

    @Override
    public void update(Lease4 lease) {
        if (leases.replace(key(lease.address()), lease) == null) {
            throw new LeaseStoreException("no lease for " + lease.addressText());
        }
    }

    @Override
    public boolean delete(int address) {
        return leases.remove(key(address)) != null;
    }

    @Override
    public Optional<Lease4> get(int address) {
        return Optional.ofNullable(leases.get(key(address)));
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
        return List.of();
    }

    @Override
    public int deleteReclaimedOlderThan(long nowSeconds, long seconds) {
        return 0;
    }

    @Override
    public int size() {
        return leases.size();
    }

    @Override
    public void writeTo(Path file) {
        if (!Files.isDirectory(file.toAbsolutePath().getParent())) {
            throw new LeaseStoreException("cannot write leases to '" + file + "': no such directory");
        }
        written = file;
    }
}
