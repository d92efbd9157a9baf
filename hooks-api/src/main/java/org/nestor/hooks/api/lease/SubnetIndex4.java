package org.nestor.hooks.api.lease;

import java.util.List;
import java.util.Optional;

/**
 * The IPv4 subnets of the running configuration as lease and statistics commands need them: which subnet an address
 * belongs to, whether an id exists, and the subnets of an id range. The server publishes one as a service that follows
 * reconfiguration; every answer reflects the configuration in force when it is called. Read-only, thread-safe.
 */
public interface SubnetIndex4 {
    /** @return every configured subnet, ordered by id */
    List<SubnetSummary4> subnets();

    /** @return the subnet with that id, if configured */
    Optional<SubnetSummary4> byId(long subnetId);

    /**
     * @param address an unsigned 32-bit IPv4 address
     * @return the first configured subnet (in configuration order) whose prefix holds the address, as Kea's
     *         {@code lease4-add} picks it when no {@code subnet-id} is given
     */
    Optional<SubnetSummary4> forAddress(int address);

    /** @return the subnets with {@code first <= id <= last}, ordered by id */
    default List<SubnetSummary4> inIdRange(long first, long last) {
        return subnets().stream().filter(s -> s.id() >= first && s.id() <= last).toList();
    }
}
