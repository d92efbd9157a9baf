package org.nestor.core.alloc;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.nestor.core.config.Subnet4;
import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.lease.LeaseState;
import org.nestor.hooks.api.lease.LeaseStore4;

/**
 * Check-then-write changes of single leases, each under its address's lock so two clients never both win one
 * address; keeps the pool occupancy and the statistics in step with every write.
 */
final class LeaseLedger {
    private final LeaseStore4 store;
    private final PoolIndex index;
    private final LeaseStatistics stats;
    private final Clock clock;
    private final AddressLocks locks = new AddressLocks();

    LeaseLedger(LeaseStore4 store, PoolIndex index, LeaseStatistics stats, Clock clock) {
        this.store = store;
        this.index = index;
        this.stats = stats;
        this.clock = clock;
    }

    long now() {
        return clock.millis() / 1000;
    }

    /** @return whether another client may be given the address of {@code lease} */
    boolean reusable(Lease4 lease, long now) {
        return lease.state() == LeaseState.EXPIRED_RECLAIMED || lease.isExpired(now);
    }

    /** @return whether {@code address} is free, expired, or already the client's */
    boolean available(int address, ClientIdentity client) {
        Optional<Lease4> l = store.get(address);
        return l.isEmpty() || client.owns(l.get()) || reusable(l.get(), now());
    }

    /**
     * Gives {@code address} to the client: renews its own lease, takes over a reusable one, or adds a new one.
     *
     * @param fake propose only (DISCOVER): nothing is written
     * @return the lease, or null when the address is held by another client
     */
    Lease4 take(int address, Subnet4 subnet, long poolId, AllocationRequest r, boolean fake) {
        ReentrantLock lock = locks.of(address);
        lock.lock();
        try {
            long now = now();
            Lease4 prior = store.get(address).orElse(null);
            boolean own = prior != null && r.client().owns(prior);
            if (prior != null && !own && !reusable(prior, now)) {
                index.track(prior);
                return null;
            }
            Lease4 lease = new Lease4(address, r.client().hwAddressShared(), r.client().clientIdShared(),
                    r.lifetime().applyAsLong(subnet), now, subnet.id(), false, false, r.hostname(),
                    LeaseState.DEFAULT, prior == null ? null : prior.userContext(), poolId);
            Lease4 renewed = own && prior.state() == LeaseState.DEFAULT ? prior : null;
            lease = r.review().review(lease, subnet, fake, renewed);
            if (fake || lease == renewed) {
                return lease;
            }
            if (!write(lease, prior, own, subnet.id(), true)) {
                store.get(address).ifPresent(index::track);
                return null;
            }
            return lease;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Writes {@code lease} over {@code prior} (adds it when there is none), counts the change in the statistics and
     * tracks the lease in the pool index. Called with the address's lock held.
     *
     * @param own whether {@code prior} is the client's own lease
     * @param assignment whether a client is given the address (false: the server declined it)
     * @return false when another writer added a lease for the address first: nothing was written
     */
    private boolean write(Lease4 lease, Lease4 prior, boolean own, long subnetId, boolean assignment) {
        if (prior == null) {
            if (!store.add(lease)) {
                return false;
            }
        } else {
            store.update(lease);
        }
        if (prior == null || !own || prior.subnetId() != subnetId) {
            if (assignment) {
                stats.assigned(subnetId, prior);
            } else {
                stats.occupied(subnetId, prior);
            }
        } else if (prior.state() == LeaseState.EXPIRED_RECLAIMED) {
            stats.renewedReclaimed(subnetId);
        }
        index.track(lease);
        return true;
    }

    /** Deletes the client's lease of {@code address} (Kea 2.2 removes released leases). */
    LeaseChange release(int address, ClientIdentity client) {
        ReentrantLock lock = locks.of(address);
        lock.lock();
        try {
            Optional<Lease4> l = store.get(address);
            if (l.isEmpty()) {
                return LeaseChange.NO_LEASE;
            }
            if (!client.owns(l.get())) {
                return LeaseChange.WRONG_CLIENT;
            }
            remove(l.get());
            return LeaseChange.DONE;
        } finally {
            lock.unlock();
        }
    }

    /** Deletes a lease the client moved away from. */
    void remove(Lease4 lease) {
        ReentrantLock lock = locks.of(lease.address());
        lock.lock();
        try {
            if (store.delete(lease.address())) {
                index.untrack(lease.subnetId(), lease.address());
                if (lease.state() != LeaseState.EXPIRED_RECLAIMED) {
                    stats.removed(lease);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Puts the client's lease of {@code address} on probation for {@code probation} seconds. */
    LeaseChange decline(int address, ClientIdentity client, long probation) {
        ReentrantLock lock = locks.of(address);
        lock.lock();
        try {
            Optional<Lease4> l = store.get(address);
            if (l.isEmpty()) {
                return LeaseChange.NO_LEASE;
            }
            Lease4 old = l.get();
            if (!client.owns(old)) {
                return LeaseChange.WRONG_CLIENT;
            }
            Lease4 declined = new Lease4(address, new byte[0], new byte[0], probation, now(), old.subnetId(),
                    false, false, "", LeaseState.DECLINED, old.userContext(), old.poolId());
            store.update(declined);
            index.track(declined);
            if (old.state() == LeaseState.EXPIRED_RECLAIMED) {
                stats.renewedReclaimed(old.subnetId());
            }
            stats.declined(declined);
            return LeaseChange.DONE;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Puts the address of an offer on probation for {@code probation} seconds because a callout found it in use
     * (Kea 2.5+'s server-initiated decline). Offers are never written, so the declined lease is added, or replaces
     * the client's own lease of the address or a reusable one; an address another client holds meanwhile is left
     * alone.
     *
     * @return the declined lease as written, or null when another client holds the address
     */
    Lease4 declineOffered(Lease4 offered, ClientIdentity client, long probation) {
        int address = offered.address();
        ReentrantLock lock = locks.of(address);
        lock.lock();
        try {
            long now = now();
            Lease4 prior = store.get(address).orElse(null);
            boolean own = prior != null && client.owns(prior);
            if (prior != null && !own && !reusable(prior, now)) {
                return null;
            }
            Lease4 declined = new Lease4(address, new byte[0], new byte[0], probation, now, offered.subnetId(),
                    false, false, "", LeaseState.DECLINED,
                    prior == null ? offered.userContext() : prior.userContext(), offered.poolId());
            if (!write(declined, prior, own, offered.subnetId(), false)) {
                return null;
            }
            stats.declined(declined);
            return declined;
        } finally {
            lock.unlock();
        }
    }
}
