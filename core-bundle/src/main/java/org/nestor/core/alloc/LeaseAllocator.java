package org.nestor.core.alloc;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.nestor.core.config.Subnet4;
import org.nestor.core.host.Host4;
import org.nestor.core.host.HostStore4;
import org.nestor.core.stats.StatsManager;
import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.lease.LeaseState;
import org.nestor.hooks.api.lease.LeaseStore4;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kea's DHCPv4 allocation engine rules: reservation first, then the client's existing lease, then the requested
 * address, then a free address from the pools the client may use (never-used ones round robin, then expired ones).
 * A DISCOVER only proposes ({@link #discover}); a REQUEST writes the lease before returning ({@link #request}).
 * Built per configuration from the lease store; the store stays the truth.
 */
public final class LeaseAllocator {
    private static final Logger LOG = LoggerFactory.getLogger("kea-dhcp4.alloc-engine");

    private final LeaseStore4 store;
    private final HostStore4 hosts;
    private final PoolIndex index;
    private final LeaseLedger ledger;
    private final LeaseStatistics stats;

    /**
     * @param subnets every subnet of the configuration
     * @param hosts the reservations
     * @param reservedAddresses every reserved address (kept out of dynamic allocation)
     * @param store the lease store (read to build the pool state)
     * @param statsManager statistics
     * @param clock time source
     */
    public LeaseAllocator(List<Subnet4> subnets, HostStore4 hosts, List<Integer> reservedAddresses,
                          LeaseStore4 store, StatsManager statsManager, Clock clock) {
        this.store = store;
        this.hosts = hosts;
        this.index = new PoolIndex(subnets, hosts, store, reservedAddresses);
        this.stats = new LeaseStatistics(statsManager, subnets);
        this.ledger = new LeaseLedger(store, index, stats, clock);
    }

    /** @return the client's lease in one of {@code subnets} (by client-id first, then hardware address) */
    public Optional<Lease4> findClientLease(List<Subnet4> subnets, ClientIdentity client) {
        Lease4 found = null;
        if (client.clientIdShared().length > 0) {
            found = firstOwned(store.getByClientId(client.clientIdShared()), subnets, client);
        }
        if (found == null && client.hwAddressShared().length > 0) {
            found = firstOwned(store.getByHwAddress(client.hwAddressShared()), subnets, client);
        }
        return Optional.ofNullable(found);
    }

    /** @return the first of {@code leases} the client owns in one of {@code subnets} and has not declined, or null */
    private static Lease4 firstOwned(List<Lease4> leases, List<Subnet4> subnets, ClientIdentity client) {
        for (Lease4 l : leases) {
            if (l.state() != LeaseState.DECLINED && client.owns(l) && contains(subnets, l.subnetId())) {
                return l;
            }
        }
        return null;
    }

    private static boolean contains(List<Subnet4> subnets, long id) {
        for (int i = 0, n = subnets.size(); i < n; i++) {
            if (subnets.get(i).id() == id) {
                return true;
            }
        }
        return false;
    }

    /** Proposes a lease for a DISCOVER; writes nothing. */
    public Allocation discover(AllocationRequest r) {
        try {
            return proposed(r);
        } catch (LeaseReview.Skipped e) {
            LOG.debug("DHCPSRV_HOOK_LEASE4_SELECT_SKIP Lease4 creation was skipped, because of callout skip flag.");
            return Allocation.FAILED;
        }
    }

    private Allocation proposed(AllocationRequest r) {
        Allocation a = reserved(r, true);
        if (a.granted()) {
            return a;
        }
        Optional<Lease4> existing = findClientLease(r.subnets(), r.client());
        if (existing.isPresent()) {
            LOG.debug("ALLOC_ENGINE_V4_OFFER_EXISTING_LEASE allocation engine will try to offer existing lease "
                    + "to the client {}", r.label());
            a = dynamic(r, existing.get().address(), true);
            if (a.granted()) {
                return a;
            }
        }
        if (r.requestedAddress() != 0) {
            LOG.debug("ALLOC_ENGINE_V4_OFFER_REQUESTED_LEASE allocation engine will try to offer requested lease "
                    + "{} to the client {}", org.nestor.hooks.api.lease.Ipv4.toText(r.requestedAddress()), r.label());
            a = dynamic(r, r.requestedAddress(), true);
            if (a.granted()) {
                return a;
            }
        }
        LOG.debug("ALLOC_ENGINE_V4_OFFER_NEW_LEASE allocation engine will try to offer new lease to the client {}",
                r.label());
        return fresh(r, true);
    }

    /** Grants (and writes) a lease for a REQUEST, or fails when the client may not have what it asks for. */
    public Allocation request(AllocationRequest r) {
        try {
            return granted(r);
        } catch (LeaseReview.Skipped e) {
            LOG.debug("DHCPSRV_HOOK_LEASE4_SELECT_SKIP Lease4 creation was skipped, because of callout skip flag.");
            return Allocation.FAILED;
        }
    }

    private Allocation granted(AllocationRequest r) {
        Optional<Lease4> existing = findClientLease(r.subnets(), r.client());
        Allocation a;
        if (r.requestedAddress() != 0) {
            a = requested(r);
        } else {
            a = reserved(r, false);
            if (!a.granted() && existing.isPresent()) {
                a = dynamic(r, existing.get().address(), false);
            }
            if (!a.granted()) {
                LOG.debug("ALLOC_ENGINE_V4_REQUEST_PICK_ADDRESS client {} hasn't specified an address - picking "
                        + "available address from the pool", r.label());
                a = fresh(r, false);
            }
        }
        if (a.granted() && existing.isPresent() && existing.get().address() != a.lease().address()) {
            LOG.debug("ALLOC_ENGINE_V4_REQUEST_REMOVE_LEASE {}: removing previous client's lease {}", r.label(),
                    existing.get().addressText());
            ledger.remove(existing.get());
        }
        return a;
    }

    private static Subnet4 inRange(List<Subnet4> subnets, int address) {
        for (Subnet4 s : subnets) {
            if (s.inRange(address)) {
                return s;
            }
        }
        return null;
    }

    private Allocation requested(AllocationRequest r) {
        int address = r.requestedAddress();
        Object text = new Object() {
            @Override
            public String toString() {
                return org.nestor.hooks.api.lease.Ipv4.toText(address);
            }
        };
        Subnet4 s = inRange(r.subnets(), address);
        if (s == null) {
            return Allocation.FAILED;
        }
        Optional<Host4> host = r.hostFor().apply(s);
        boolean mine = host.isPresent() && host.get().address() == address;
        if (host.isPresent() && host.get().hasAddress() && !mine) {
            LOG.debug("ALLOC_ENGINE_V4_REQUEST_INVALID client {} having a reservation for address {} is requesting "
                    + "invalid address {}", r.label(), org.nestor.hooks.api.lease.Ipv4.toText(host.get().address()),
                    text);
            return Allocation.FAILED;
        }
        if (!mine && reservedForOther(s, address)) {
            LOG.debug("ALLOC_ENGINE_V4_REQUEST_ADDRESS_RESERVED {}: requested address {} is reserved", r.label(),
                    text);
            return Allocation.FAILED;
        }
        PoolOccupancy occ = index.occupancy(s.id(), address);
        if (!mine && (occ == null || !r.poolAllowed().test(occ.pool()))) {
            LOG.debug("ALLOC_ENGINE_V4_REQUEST_OUT_OF_POOL client {}, which doesn't have a reservation, requested "
                    + "address {} out of the dynamic pool", r.label(), text);
            return Allocation.FAILED;
        }
        LOG.debug("ALLOC_ENGINE_V4_REQUEST_ALLOC_REQUESTED {}: trying to allocate requested address {}", r.label(),
                text);
        Lease4 l = ledger.take(address, s, occ == null ? 0 : occ.pool().poolId(), r, false);
        if (l == null) {
            LOG.debug("ALLOC_ENGINE_V4_REQUEST_IN_USE {}: requested address {} is in use", r.label(), text);
            return Allocation.FAILED;
        }
        return new Allocation(l, s);
    }

    /** The client's reserved address, if it has one and nobody else holds it. */
    private Allocation reserved(AllocationRequest r, boolean fake) {
        for (Subnet4 s : r.subnets()) {
            Optional<Host4> host = r.hostFor().apply(s);
            if (host.isEmpty() || !host.get().hasAddress() || !s.inRange(host.get().address())) {
                continue;
            }
            int address = host.get().address();
            PoolOccupancy occ = index.occupancy(s.id(), address);
            Lease4 l = ledger.take(address, s, occ == null ? 0 : occ.pool().poolId(), r, fake);
            if (l != null) {
                return new Allocation(l, s);
            }
            stats.reservationConflict(s.id());
            LOG.debug("ALLOC_ENGINE_V4_DISCOVER_ADDRESS_CONFLICT {}: conflicting reservation for address {} with "
                    + "existing lease {}", r.label(), org.nestor.hooks.api.lease.Ipv4.toText(address),
                    store.get(address).map(Lease4::toString).orElse("none"));
        }
        return Allocation.FAILED;
    }

    /** A specific address from a pool the client may use, unless reserved for someone else or held. */
    private Allocation dynamic(AllocationRequest r, int address, boolean fake) {
        for (Subnet4 s : r.subnets()) {
            PoolOccupancy occ = index.occupancy(s.id(), address);
            if (occ == null || !r.poolAllowed().test(occ.pool()) || reservedForOther(s, address)) {
                continue;
            }
            Lease4 l = ledger.take(address, s, occ.pool().poolId(), r, fake);
            return l == null ? Allocation.FAILED : new Allocation(l, s);
        }
        return Allocation.FAILED;
    }

    private boolean reservedForOther(Subnet4 s, int address) {
        return (s.parameters().reservationsInSubnet() && hosts.getByAddress(s.id(), address).isPresent())
                || (s.parameters().reservationsGlobal() && hosts.getByAddress(Host4.GLOBAL, address).isPresent());
    }

    /** A never-used address, else an expired one, from the first pool with one. */
    private Allocation fresh(AllocationRequest r, boolean fake) {
        FreshSearch search = new FreshSearch(index, ledger, r, fake);
        Allocation a = search.run();
        if (!a.granted()) {
            new AllocationFailureReport(stats, LOG).report(r, search);
        }
        return a;
    }

    /** Puts the client's lease on probation (DHCPDECLINE). */
    public LeaseChange decline(int address, ClientIdentity client, long probation) {
        return ledger.decline(address, client, probation);
    }

    /**
     * Puts the address of {@code offered} on probation because a {@code lease4_offer} callout found it in use.
     *
     * @return the declined lease as written, or null when another client holds the address meanwhile
     */
    public Lease4 declineOffered(Lease4 offered, ClientIdentity client, long probation) {
        return ledger.declineOffered(offered, client, probation);
    }

    /** Deletes the client's lease (DHCPRELEASE). */
    public LeaseChange release(int address, ClientIdentity client) {
        return ledger.release(address, client);
    }
}
