package org.nestor.hooks.api.lease;

import java.nio.file.Path;
import java.util.ArrayList;
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

    /**
     * @param hwAddress read only: the server passes the client's own bytes, which a store must not change or keep
     * @return every lease held for a hardware address, in any subnet
     */
    List<Lease4> getByHwAddress(byte[] hwAddress);

    /**
     * @param clientId read only: the server passes the client's own bytes, which a store must not change or keep
     * @return every lease held for a client identifier, in any subnet
     */
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

    /**
     * One page of leases in address order, for Kea's {@code lease4-get-page}.
     * <p>
     * The default walks {@link #getAll()}; stores override it with an ordered index.
     *
     * @param afterAddress return leases whose address is greater than this unsigned 32-bit value; -1 starts before
     *                     0.0.0.0
     * @param limit the most to return, positive
     * @return up to {@code limit} leases ordered by address
     * @since 1.1
     */
    default List<Lease4> getPage(long afterAddress, int limit) {
        List<Lease4> page = new ArrayList<>();
        for (Lease4 l : getAll()) {
            if (Integer.toUnsignedLong(l.address()) > afterAddress) {
                page.add(l);
                if (page.size() == limit) {
                    break;
                }
            }
        }
        return page;
    }

    /**
     * Leases by host name, for Kea's {@code lease4-get-by-hostname}. Host names are compared exactly; Kea keeps them in
     * lower case, so callers lower-case the name they look for.
     * <p>
     * The default walks {@link #getAll()}; stores override it with an index.
     *
     * @param hostname a non-empty host name
     * @return every lease with that host name, ordered by address
     * @since 1.1
     */
    default List<Lease4> getByHostname(String hostname) {
        return getAll().stream().filter(l -> l.hostname().equals(hostname)).toList();
    }

    /**
     * Writes every lease to {@code file} in the store's own file format (memfile: Kea's lease CSV with its header), for
     * Kea's {@code lease4-write}. The file is written completely or not at all (written aside, then moved).
     *
     * @param file where to write; must not be the store's own lease file
     * @throws LeaseStoreException when the store has no file format (databases) or the file cannot be written, with
     *                             the reason
     * @since 1.1
     */
    default void writeTo(Path file) {
        throw new LeaseStoreException("writing leases to a file is only supported by the memfile lease database");
    }
}
