package org.nestor.core.osgi;

import java.util.List;
import org.nestor.core.hookviews.ConfiguredSubnetIndex4;
import org.nestor.core.hookviews.RunningLeaseStore4;
import org.nestor.core.server.Dhcp4Server;
import org.nestor.core.stats.HookStatistics;
import org.nestor.hooks.api.lease.LeaseStore4;
import org.nestor.hooks.api.lease.SubnetIndex4;
import org.nestor.hooks.api.stats.Statistics;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Registers the server's parts hook bundles work with, as hooks-api services: its {@link LeaseStore4} (following
 * reconfiguration), its {@link SubnetIndex4} and its {@link Statistics}. Each reads the server at the moment of a
 * call, so they can be offered before it starts (the lease store fails clearly until it is open).
 */
final class HookServices {
    private HookServices() {
    }

    /** @return the registrations, for the caller to withdraw when the server stops */
    static List<ServiceRegistration<?>> register(BundleContext context, Dhcp4Server server) {
        return List.of(
                context.registerService(LeaseStore4.class, new RunningLeaseStore4(server::leaseStoreNow), null),
                context.registerService(SubnetIndex4.class, new ConfiguredSubnetIndex4(server::configNow), null),
                context.registerService(Statistics.class, new HookStatistics(server.context().stats()), null));
    }
}
