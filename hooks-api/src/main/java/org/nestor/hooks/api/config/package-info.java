/**
 * The running server's configuration as a service, for hooks that change it at run time (subnet and host commands).
 * Contracts and plain values only: no parsing or validation here, the server does both as {@code config-set} does.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.nestor.hooks.api.config;
