package org.nestor.hooks.api.lease;

import java.util.Arrays;
import java.util.Objects;

/**
 * A DHCPv4 lease, with exactly the fields Kea keeps (memfile CSV schema 2.1 plus {@code pool_id} of 3.0).
 * <p>
 * Immutable: changes are made with the {@code with...} methods, which return a new lease. Addresses are held as
 * unsigned 32-bit values in an {@code int} (as Kea's database stores them); byte arrays are copied in and out.
 */
public final class Lease4 {
    private static final byte[] EMPTY = new byte[0];
    private final int address;
    private final byte[] hwAddress;
    private final byte[] clientId;
    private final long validLifetime;
    private final long cltt;
    private final long subnetId;
    private final boolean fqdnForward;
    private final boolean fqdnReverse;
    private final String hostname;
    private final LeaseState state;
    private final String userContext;
    private final long poolId;

    /**
     * @param address IPv4 address as an unsigned 32-bit value
     * @param hwAddress hardware address (chaddr), may be empty but not null
     * @param clientId client identifier (option 61 data), may be empty but not null
     * @param validLifetime valid lifetime in seconds
     * @param cltt client last transaction time, Unix seconds
     * @param subnetId the id of the subnet the lease belongs to
     * @param fqdnForward whether the forward DNS update was done
     * @param fqdnReverse whether the reverse DNS update was done
     * @param hostname the client's host name, empty when none
     * @param state lease state
     * @param userContext user context as a JSON text, or null
     * @param poolId pool id (0 when none)
     */
    public Lease4(int address, byte[] hwAddress, byte[] clientId, long validLifetime, long cltt, long subnetId,
                  boolean fqdnForward, boolean fqdnReverse, String hostname, LeaseState state, String userContext,
                  long poolId) {
        this(address, hwAddress == null ? EMPTY : hwAddress.clone(), clientId == null ? EMPTY : clientId.clone(),
                validLifetime, cltt, subnetId, fqdnForward, fqdnReverse, hostname, state, userContext, poolId, true);
    }

    /** The constructor that keeps {@code hwAddress} and {@code clientId} as they are: the caller owns no copy. */
    private Lease4(int address, byte[] hwAddress, byte[] clientId, long validLifetime, long cltt, long subnetId,
                   boolean fqdnForward, boolean fqdnReverse, String hostname, LeaseState state, String userContext,
                   long poolId, boolean adopted) {
        this.address = address;
        this.hwAddress = hwAddress;
        this.clientId = clientId;
        this.validLifetime = validLifetime;
        this.cltt = cltt;
        this.subnetId = subnetId;
        this.fqdnForward = fqdnForward;
        this.fqdnReverse = fqdnReverse;
        this.hostname = hostname == null ? "" : hostname;
        this.state = Objects.requireNonNull(state, "state");
        this.userContext = userContext;
        this.poolId = poolId;
    }

    /**
     * A lease whose hardware address and client identifier are two ranges of one buffer, copied once (decoders
     * that hold a lease packed in an array use this instead of copying each range and having the constructor copy
     * it again). The other parameters are those of the constructor.
     *
     * @param ids the buffer holding both identifiers
     * @param hwFrom where the hardware address starts in {@code ids}
     * @param hwLength its length (0 for none)
     * @param cidFrom where the client identifier starts in {@code ids}
     * @param cidLength its length (0 for none)
     * @return the lease
     */
    public static Lease4 ofRanges(int address, byte[] ids, int hwFrom, int hwLength, int cidFrom, int cidLength,
                                  long validLifetime, long cltt, long subnetId, boolean fqdnForward,
                                  boolean fqdnReverse, String hostname, LeaseState state, String userContext,
                                  long poolId) {
        return new Lease4(address, range(ids, hwFrom, hwLength), range(ids, cidFrom, cidLength), validLifetime,
                cltt, subnetId, fqdnForward, fqdnReverse, hostname, state, userContext, poolId, true);
    }

    private static byte[] range(byte[] b, int from, int length) {
        return length == 0 ? EMPTY : Arrays.copyOfRange(b, from, from + length);
    }

    /** @return the address as an unsigned 32-bit value held in an int */
    public int address() { return address; }
    /** @return the address in dotted-quad text */
    public String addressText() { return Ipv4.toText(address); }
    /** @return a copy of the hardware address */
    public byte[] hwAddress() { return hwAddress.clone(); }
    /** @return a copy of the client identifier (empty when the client sent none) */
    public byte[] clientId() { return clientId.clone(); }
    /** @return whether the hardware address is {@code hw} (without copying it) */
    public boolean hwAddressEquals(byte[] hw) { return Arrays.equals(hwAddress, hw); }
    /** @return whether the client identifier is {@code cid} (without copying it) */
    public boolean clientIdEquals(byte[] cid) { return Arrays.equals(clientId, cid); }
    /** @return whether the lease carries a client identifier */
    public boolean hasClientId() { return clientId.length > 0; }
    /** @return valid lifetime, seconds */
    public long validLifetime() { return validLifetime; }
    /** @return client last transaction time, Unix seconds */
    public long cltt() { return cltt; }
    /** @return expiry time, Unix seconds: {@code cltt + validLifetime} */
    public long expire() { return cltt + validLifetime; }
    /** @return subnet id */
    public long subnetId() { return subnetId; }
    /** @return whether a forward DNS update was performed */
    public boolean fqdnForward() { return fqdnForward; }
    /** @return whether a reverse DNS update was performed */
    public boolean fqdnReverse() { return fqdnReverse; }
    /** @return host name, empty when none */
    public String hostname() { return hostname; }
    /** @return the lease state */
    public LeaseState state() { return state; }
    /** @return user context JSON text, or null */
    public String userContext() { return userContext; }
    /** @return pool id, 0 when none */
    public long poolId() { return poolId; }

    /**
     * @param nowSeconds the current Unix time
     * @return true when the lease expired at or before {@code nowSeconds}
     */
    public boolean isExpired(long nowSeconds) {
        return expire() <= nowSeconds;
    }

    /** @return a copy renewed at {@code newCltt} with {@code newValid} seconds */
    public Lease4 withTimes(long newCltt, long newValid) {
        return new Lease4(address, hwAddress, clientId, newValid, newCltt, subnetId, fqdnForward, fqdnReverse,
                hostname, state, userContext, poolId, true);
    }

    /** @return a copy in state {@code newState} */
    public Lease4 withState(LeaseState newState) {
        return new Lease4(address, hwAddress, clientId, validLifetime, cltt, subnetId, fqdnForward, fqdnReverse,
                hostname, newState, userContext, poolId, true);
    }

    /** @return a copy owned by another client (hardware address and client id replaced) */
    public Lease4 withClient(byte[] newHwAddress, byte[] newClientId) {
        return new Lease4(address, newHwAddress, newClientId, validLifetime, cltt, subnetId, fqdnForward,
                fqdnReverse, hostname, state, userContext, poolId);
    }

    /** @return a copy with host name and DNS update flags replaced */
    public Lease4 withHostname(String newHostname, boolean fwd, boolean rev) {
        return new Lease4(address, hwAddress, clientId, validLifetime, cltt, subnetId, fwd, rev, newHostname,
                state, userContext, poolId, true);
    }

    /** @return a copy with user context replaced */
    public Lease4 withUserContext(String newUserContext) {
        return new Lease4(address, hwAddress, clientId, validLifetime, cltt, subnetId, fqdnForward, fqdnReverse,
                hostname, state, newUserContext, poolId, true);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Lease4)) return false;
        Lease4 l = (Lease4) o;
        return address == l.address && validLifetime == l.validLifetime && cltt == l.cltt
                && subnetId == l.subnetId && fqdnForward == l.fqdnForward && fqdnReverse == l.fqdnReverse
                && poolId == l.poolId && Arrays.equals(hwAddress, l.hwAddress)
                && Arrays.equals(clientId, l.clientId) && hostname.equals(l.hostname) && state == l.state
                && Objects.equals(userContext, l.userContext);
    }

    @Override
    public int hashCode() {
        return Objects.hash(address, cltt, validLifetime, subnetId, state);
    }

    @Override
    public String toString() {
        return "Lease4[" + addressText() + " subnet " + subnetId + " valid " + validLifetime + " cltt " + cltt
                + " state " + state + "]";
    }
}
