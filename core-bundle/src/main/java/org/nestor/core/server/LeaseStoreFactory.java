package org.nestor.core.server;

import java.io.IOException;
import org.nestor.core.config.Dhcp4Config;

/** Opens the lease store a configuration names ({@code lease-database}, {@code expired-leases-processing}). */
@FunctionalInterface
public interface LeaseStoreFactory {
    /**
     * @param context the instance's state directory (default lease file location), statistics and clock
     * @throws IOException when the lease file cannot be opened or read
     */
    LeaseBackend open(Dhcp4Config config, ServerContext context) throws IOException;
}
