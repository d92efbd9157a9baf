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

    private IntRecordMap byAddress = new IntRecordMap();
    private boolean deferred;
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
        put(lease.address(), LeaseRecord4.encode(lease));
    }

    /** Inserts or replaces the packed lease {@code r} for {@code address}. */
    void put(int address, byte[] r) {
        byte[] old = byAddress.put(address, r);
        if (deferred) {
            return;
        }
        if (old != null) {
            reindex(address, old, r);
        } else {
            index(address, r);
        }
    }

    /** @return whether a lease was removed */
    boolean remove(int address) {
        byte[] old = byAddress.remove(address);
        if (old == null) {
            return false;
        }
        if (!deferred) {
            unindex(address, old);
        }
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

    /** @return the subnet's leases by address, decoded as the caller walks the list */
    List<Lease4> bySubnet(long subnetId) {
        long from = key(subnetId, 0);
        int[] count = {0};
        bySubnet.forEachInRange(from, from | LOW32, k -> {
            count[0]++;
            return true;
        });
        LeaseSnapshot4.Builder b = new LeaseSnapshot4.Builder(count[0]);
        bySubnet.forEachInRange(from, from | LOW32, k -> {
            int a = (int) unkey(k);
            b.add(a, byAddress.get(a));
            return true;
        });
        return b.build().asList();
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
    LeaseSnapshot4 snapshot() {
        LeaseSnapshot4.Builder b = new LeaseSnapshot4.Builder(byAddress.size());
        byAddress.forEach(b::add);
        return b.build();
    }

    /**
     * Until {@link #buildIndexes()}, only the by-address map is kept up to date: loading a lease file fills it
     * and then sorts each index once, instead of inserting a million keys one by one into each.
     *
     * @param expected how many leases are about to be put (sizes the map; a guess is fine)
     */
    void deferIndexing(int expected) {
        if (byAddress.size() != 0) {
            throw new IllegalStateException("indexing can only be deferred on an empty index");
        }
        byAddress = new IntRecordMap(expected);
        deferred = true;
    }

    /**
     * Builds the indexes of every lease put since {@link #deferIndexing(int)}; lookups work again after it. The
     * leases are put in address order once; every index is then filled in that order, which is often its own
     * order already (one subnet's leases, same expiry), so that its sort is a single pass over sorted runs.
     */
    void buildIndexes() {
        if (!deferred) {
            return;
        }
        deferred = false;
        long[] keys = new long[byAddress.size()];
        int n = byAddress.fillSlots(keys);
        for (int i = 0; i < n; i++) {
            keys[i] ^= Long.MIN_VALUE;
        }
        Arrays.sort(keys, 0, n);
        int[] addresses = new int[n];
        byte[][] records = new byte[n][];
        for (int i = 0; i < n; i++) {
            int slot = (int) keys[i];
            addresses[i] = byAddress.keyAt(slot);
            records[i] = byAddress.valueAt(slot);
        }
        SortedLongSet[] sets = {inAddressOrder, byHostname, bySubnet, byHw, byClientId, unreclaimedByExpiry,
            reclaimedByExpiry};
        for (int which = 0; which < sets.length; which++) {
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (isIn(which, records[i])) {
                    keys[m++] = keyIn(which, addresses[i], records[i]);
                }
            }
            Arrays.sort(keys, 0, m);
            sets[which].addAllSorted(keys, m);
        }
    }

    /**
     * @param which an index, in the order {@link #buildIndexes()} lists them (a switch, not a lambda per index,
     *     so that the loop over a million leases compiles to one monomorphic call)
     * @return whether the lease belongs in that index
     */
    private boolean isIn(int which, byte[] r) {
        switch (which) {
            case 1:
                return LeaseRecord4.hasHostname(r);
            case 3:
                return LeaseRecord4.hwLength(r) > 0;
            case 4:
                return LeaseRecord4.clientIdLength(r) > 0;
            case 5:
                return expirySet(r) == unreclaimedByExpiry;
            case 6:
                return expirySet(r) == reclaimedByExpiry;
            default:
                return true;
        }
    }

    /** @return the lease's key in index {@code which} (see {@link #isIn}) */
    private long keyIn(int which, int a, byte[] r) {
        switch (which) {
            case 0:
                return key(0, a);
            case 1:
                return key(LeaseRecord4.hostnameHash(r) & LOW32, a);
            case 2:
                return key(LeaseRecord4.subnetId(r), a);
            case 3:
                return key(LeaseRecord4.hwHash(r) & LOW32, a);
            case 4:
                return key(LeaseRecord4.clientIdHash(r) & LOW32, a);
            default:
                return key(expiryKey(r), a);
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

    /** Moves the index keys of {@code address} from {@code old} to {@code r}, touching only keys that changed. */
    private void reindex(int address, byte[] old, byte[] r) {
        move(byHostname, LeaseRecord4.hasHostname(old), key(LeaseRecord4.hostnameHash(old) & LOW32, address),
                LeaseRecord4.hasHostname(r), key(LeaseRecord4.hostnameHash(r) & LOW32, address));
        move(bySubnet, true, key(LeaseRecord4.subnetId(old), address),
                true, key(LeaseRecord4.subnetId(r), address));
        move(byHw, LeaseRecord4.hwLength(old) > 0, key(LeaseRecord4.hwHash(old) & LOW32, address),
                LeaseRecord4.hwLength(r) > 0, key(LeaseRecord4.hwHash(r) & LOW32, address));
        move(byClientId, LeaseRecord4.clientIdLength(old) > 0, key(LeaseRecord4.clientIdHash(old) & LOW32, address),
                LeaseRecord4.clientIdLength(r) > 0, key(LeaseRecord4.clientIdHash(r) & LOW32, address));
        SortedLongSet from = expirySet(old);
        SortedLongSet to = expirySet(r);
        long fromKey = key(expiryKey(old), address);
        long toKey = key(expiryKey(r), address);
        if (from != to || fromKey != toKey) {
            from.remove(fromKey);
            to.add(toKey);
        }
    }

    private static void move(SortedLongSet set, boolean had, long oldKey, boolean has, long newKey) {
        if (had && has && oldKey == newKey) {
            return;
        }
        if (had) {
            set.remove(oldKey);
        }
        if (has) {
            set.add(newKey);
        }
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
