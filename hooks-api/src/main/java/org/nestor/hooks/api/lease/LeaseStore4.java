package org.nestor.hooks.api.lease;

import java.util.List;
import java.util.Optional;

/**
 * Where DHCPv4 leases live: memfile in the core, PostgreSQL in its bundle.
 * <p>
 * Contract: a method that returns has made its change durable to the degree the store is configured for
 * (memfile with {@code persist}: appended to the lease file; with synced commits: on disk), so the server may tell
 * the client. Lookups never scan all leases: implementations keep indexes by address, hardware address, client
 * id, subnet and expiry. Implementations are safe for use from several threads.
 */
public interface LeaseStore4 {

    /**
     * Adds a lease for an address that has none.
     *
     * @return false (and changes nothing) if a lease for that address exists already
     */
    boolean add(Lease4 lease);

    /**
     * Replaces the lease held for {@code lease.address()}.
     *
     * @throws LeaseStoreException if no lease for that address exists
     */
    void update(Lease4 lease);

    /**
     * Deletes the lease for an address.
     *
     * @return false if there was none
     */
    boolean delete(int address);

    /** @return the lease for {@code address}, if any */
    Optional<Lease4> get(int address);

    /** @return every lease held for a hardware address, in any subnet */
    List<Lease4> getByHwAddress(byte[] hwAddress);

    /** @return every lease held for a client identifier, in any subnet */
    List<Lease4> getByClientId(byte[] clientId);

    /** @return every lease of one subnet, ordered by address */
    List<Lease4> getBySubnet(long subnetId);

    /** @return every lease, ordered by address */
    List<Lease4> getAll();

    /**
     * @param nowSeconds the current Unix time
     * @param max the most to return
     * @return up to {@code max} expired leases not yet reclaimed (state DEFAULT or DECLINED, as Kea's
     *         {@code getExpiredLeases4}), oldest expiry first
     */
    List<Lease4> getExpired(long nowSeconds, int max);

    /**
     * Deletes leases in state EXPIRED_RECLAIMED that expired more than {@code seconds} ago.
     *
     * @return how many were deleted
     */
    int deleteReclaimedOlderThan(long nowSeconds, long seconds);

    /** @return number of leases held */
    int size();
}
