/**
 * Leases as hooks and stores see them: {@link org.nestor.hooks.api.lease.Lease4}, the
 * {@link org.nestor.hooks.api.lease.LeaseStore4} contract that memfile (core) and database bundles implement, and the
 * {@link org.nestor.hooks.api.lease.SubnetIndex4} view of the configured subnets lease commands check against. The
 * server publishes its running store and subnet index as services. Plain values and interfaces only; nothing here may
 * depend on the core.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.nestor.hooks.api.lease;
