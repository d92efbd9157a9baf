package org.nestor.hooks.leasecmds;

import java.util.function.LongSupplier;
import org.nestor.hooks.api.lease.LeaseStore4;
import org.nestor.hooks.api.lease.SubnetIndex4;
import org.nestor.hooks.api.stats.Statistics;

/**
 * What the lease commands work with, all from hooks-api services.
 *
 * @param store the server's running lease store
 * @param subnets the configured subnets
 * @param stats the server's statistics, kept right as commands add and delete leases
 * @param clock the current Unix time in seconds (a lease added without {@code expire} starts now)
 */
record LeaseServices(LeaseStore4 store, SubnetIndex4 subnets, Statistics stats, LongSupplier clock) {
}
