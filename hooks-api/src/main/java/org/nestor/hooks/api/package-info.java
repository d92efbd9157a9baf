/**
 * The hooks contract: {@link org.nestor.hooks.api.Callout} services on Kea's {@link org.nestor.hooks.api.HookPoint}s,
 * {@link org.nestor.hooks.api.HookLibrary} and {@link org.nestor.hooks.api.CommandHandler} services.
 * Interfaces and plain values only; nothing here may depend on the core or on OSGi beyond its annotations.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.nestor.hooks.api;
