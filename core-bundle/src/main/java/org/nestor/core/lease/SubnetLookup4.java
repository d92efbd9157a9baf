package org.nestor.core.lease;

/** What lease sanity checks need to know about the configured IPv4 subnets. */
public interface SubnetLookup4 {
    /** @return whether a subnet with id {@code subnetId} is configured and contains {@code address} */
    boolean contains(long subnetId, int address);

    /** @return the id of the configured subnet containing {@code address}, or 0 when there is none */
    long subnetIdFor(int address);
}
