/**
 * Leases as hooks and stores see them: {@link org.nestor.hooks.api.lease.Lease4} and the
 * {@link org.nestor.hooks.api.lease.LeaseStore4} contract that memfile (core) and database bundles implement.
 * Plain values and interfaces only; nothing here may depend on the core.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.nestor.hooks.api.lease;
