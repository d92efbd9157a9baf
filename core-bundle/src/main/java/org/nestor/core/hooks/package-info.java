/**
 * The hooks manager: callouts, hook libraries and command handlers tracked into immutable per-point snapshots,
 * callout handles, packet views and parking lots. Plain Java: OSGi services are fed in by {@code core.osgi}.
 */
package org.nestor.core.hooks;
