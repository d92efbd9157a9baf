package org.nestor.core.lease;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.lease.LeaseState;

/**
 * The in-memory DHCPv4 leases: packed records by address, plus sorted-key indexes by subnet, hardware address,
 * client id and expiry, so that no lookup walks every lease. Not thread-safe: the store guards it.
 */
final class LeaseIndex4 {
    private static final long LOW32 = 0xffffffffL;

    private final IntRecordMap byAddress = new IntRecordMap();
    private final SortedLongSet bySubnet = new SortedLongSet();
    private final SortedLongSet byHw = new SortedLongSet();
    private final SortedLongSet byClientId = new SortedLongSet();
    /** Addresses in unsigned order, for paging. */
    private final SortedLongSet inAddressOrder = new SortedLongSet();
    private final SortedLongSet byHostname = new SortedLongSet();
    /** Leases not yet reclaimed (DEFAULT and DECLINED), by expiry. */
    private final SortedLongSet unreclaimedByExpiry = new SortedLongSet();
    private final SortedLongSet reclaimedByExpiry = new SortedLongSet();

    int size() {
        return byAddress.size();
    }

    Lease4 get(int address) {
        byte[] r = byAddress.get(address);
        return r == null ? null : LeaseRecord4.decode(address, r);
    }

    boolean contains(int address) {
        return byAddress.get(address) != null;
    }

    /** Inserts or replaces the lease for its address. */
    void put(Lease4 lease) {
        byte[] r = LeaseRecord4.encode(lease);
        byte[] old = byAddress.put(lease.address(), r);
        if (old != null) {
            unindex(lease.address(), old);
        }
        index(lease.address(), r);
    }

    /** @return whether a lease was removed */
    boolean remove(int address) {
        byte[] old = byAddress.remove(address);
        if (old == null) {
            return false;
        }
        unindex(address, old);
        return true;
    }

    List<Lease4> byHwAddress(byte[] hw) {
        if (hw.length == 0) {
            return List.of();
        }
        List<Lease4> out = new ArrayList<>();
        long from = key(LeaseRecord4.hash(hw, 0, hw.length) & LOW32, 0);
        byHw.forEachInRange(from, from | LOW32, k -> {
            byte[] r = byAddress.get((int) unkey(k));
            if (LeaseRecord4.hwEquals(r, hw)) {
                out.add(LeaseRecord4.decode((int) unkey(k), r));
            }
            return true;
        });
        return out;
    }

    List<Lease4> byClientId(byte[] cid) {
        if (cid.length == 0) {
            return List.of();
        }
        List<Lease4> out = new ArrayList<>();
        long from = key(LeaseRecord4.hash(cid, 0, cid.length) & LOW32, 0);
        byClientId.forEachInRange(from, from | LOW32, k -> {
            byte[] r = byAddress.get((int) unkey(k));
            if (LeaseRecord4.clientIdEquals(r, cid)) {
                out.add(LeaseRecord4.decode((int) unkey(k), r));
            }
            return true;
        });
        return out;
    }

    /** @return leases with a host name equal to {@code hostname}, ordered by address */
    List<Lease4> byHostname(String hostname) {
        if (hostname.isEmpty()) {
            return List.of();
        }
        List<Lease4> out = new ArrayList<>();
        byte[] name = hostname.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long from = key(LeaseRecord4.hash(name, 0, name.length) & LOW32, 0);
        byHostname.forEachInRange(from, from | LOW32, k -> {
            byte[] r = byAddress.get((int) unkey(k));
            if (LeaseRecord4.hostnameEquals(r, name)) {
                out.add(LeaseRecord4.decode((int) unkey(k), r));
            }
            return true;
        });
        return out;
    }

    /** @return up to {@code limit} leases with an address above {@code after} (unsigned; -1: from the start) */
    List<Lease4> page(long after, int limit) {
        List<Lease4> out = new ArrayList<>();
        if (after >= LOW32 || limit <= 0) {
            return out;
        }
        inAddressOrder.forEachInRange(key(0, (int) (after + 1)), key(0, -1), k -> {
            out.add(get((int) unkey(k)));
            return out.size() < limit;
        });
        return out;
    }

    List<Lease4> bySubnet(long subnetId) {
        List<Lease4> out = new ArrayList<>();
        long from = key(subnetId, 0);
        bySubnet.forEachInRange(from, from | LOW32, k -> {
            out.add(get((int) unkey(k)));
            return true;
        });
        return out;
    }

    /** @return leases of {@code state} class (reclaimed or not) that expired at or before {@code now}, oldest first */
    List<Lease4> expired(long now, int max, boolean reclaimed) {
        List<Lease4> out = new ArrayList<>();
        SortedLongSet set = reclaimed ? reclaimedByExpiry : unreclaimedByExpiry;
        if (now < 0 || max <= 0) {
            return out;
        }
        set.forEachInRange(key(0, 0), key(Math.min(now, LOW32), -1), k -> {
            out.add(get((int) unkey(k)));
            return out.size() < max;
        });
        return out;
    }

    /** @return the packed records, unordered; records are immutable, so this copy is cheap and safe to keep */
    Snapshot snapshot() {
        int[] addresses = new int[byAddress.size()];
        byte[][] records = new byte[byAddress.size()][];
        int[] n = {0};
        byAddress.forEach((a, r) -> {
            addresses[n[0]] = a;
            records[n[0]++] = r;
        });
        return new Snapshot(addresses, records);
    }

    /** Packed leases, taken under the store's lock and used after it is released. */
    static final class Snapshot {
        final int[] addresses;
        final byte[][] records;

        Snapshot(int[] addresses, byte[][] records) {
            this.addresses = addresses;
            this.records = records;
        }

        int size() {
            return addresses.length;
        }

        Lease4 lease(int i) {
            return LeaseRecord4.decode(addresses[i], records[i]);
        }

        List<Lease4> leases() {
            List<Lease4> out = new ArrayList<>(addresses.length);
            for (int i = 0; i < addresses.length; i++) {
                out.add(lease(i));
            }
            return out;
        }

        /** @return the same leases ordered by address (unsigned) */
        Snapshot sortedByAddress() {
            long[] keys = new long[addresses.length];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = ((addresses[i] & LOW32) << 32) | i;
            }
            Arrays.sort(keys);
            int[] a = new int[keys.length];
            byte[][] r = new byte[keys.length][];
            for (int i = 0; i < keys.length; i++) {
                a[i] = (int) (keys[i] >>> 32);
                r[i] = records[(int) (keys[i] & LOW32)];
            }
            return new Snapshot(a, r);
        }
    }

    private void index(int address, byte[] r) {
        inAddressOrder.add(key(0, address));
        if (LeaseRecord4.hasHostname(r)) {
            byHostname.add(key(LeaseRecord4.hostnameHash(r) & LOW32, address));
        }
        bySubnet.add(key(LeaseRecord4.subnetId(r), address));
        if (LeaseRecord4.hwLength(r) > 0) {
            byHw.add(key(LeaseRecord4.hwHash(r) & LOW32, address));
        }
        if (LeaseRecord4.clientIdLength(r) > 0) {
            byClientId.add(key(LeaseRecord4.clientIdHash(r) & LOW32, address));
        }
        expirySet(r).add(key(expiryKey(r), address));
    }

    private void unindex(int address, byte[] r) {
        inAddressOrder.remove(key(0, address));
        byHostname.remove(key(LeaseRecord4.hostnameHash(r) & LOW32, address));
        bySubnet.remove(key(LeaseRecord4.subnetId(r), address));
        byHw.remove(key(LeaseRecord4.hwHash(r) & LOW32, address));
        byClientId.remove(key(LeaseRecord4.clientIdHash(r) & LOW32, address));
        expirySet(r).remove(key(expiryKey(r), address));
    }

    private SortedLongSet expirySet(byte[] r) {
        return LeaseRecord4.state(r) == LeaseState.EXPIRED_RECLAIMED ? reclaimedByExpiry : unreclaimedByExpiry;
    }

    /** Expiry clamped to 32 bits: leases expiring after 2106 sort as "never". */
    private static long expiryKey(byte[] r) {
        return Math.max(0, Math.min(LeaseRecord4.expire(r), LOW32));
    }

    /** Packs a 32-bit high part and an address so that signed order is unsigned (high, address) order. */
    private static long key(long high, int address) {
        return ((high << 32) | (address & LOW32)) ^ Long.MIN_VALUE;
    }

    private static long unkey(long key) {
        return (key ^ Long.MIN_VALUE) & LOW32;
    }
}
