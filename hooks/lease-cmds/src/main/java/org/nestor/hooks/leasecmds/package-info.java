/**
 * Kea's {@code libdhcp_lease_cmds} as a bundle: the lease commands ({@code lease4-add}, {@code lease4-get}, ...) with
 * Kea 2.2's arguments, result codes and texts, one command table per address family. It reaches the server only
 * through hooks-api services (lease store, subnet index, statistics); it must not depend on the core.
 */
package org.nestor.hooks.leasecmds;
