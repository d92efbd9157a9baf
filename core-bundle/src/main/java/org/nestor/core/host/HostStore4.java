package org.nestor.core.host;

import java.util.Optional;
import org.nestor.core.config.HostIdentifierType;

/** Where DHCPv4 reservations are found; implementations are safe for concurrent readers. */
public interface HostStore4 {
    /**
     * @param subnetId the subnet, or {@link Host4#GLOBAL}
     * @return the reservation for that identifier in that subnet
     */
    Optional<Host4> get(long subnetId, HostIdentifierType type, byte[] identifier);

    /**
     * @param subnetId the subnet, or {@link Host4#GLOBAL}
     * @return the reservation of {@code address} in that subnet
     */
    Optional<Host4> getByAddress(long subnetId, int address);
}
