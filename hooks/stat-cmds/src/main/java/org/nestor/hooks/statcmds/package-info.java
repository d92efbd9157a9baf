/**
 * Kea's {@code libdhcp_stat_cmds} as a bundle: {@code stat-lease4-get} with Kea 2.2's selection arguments, result-set
 * shape and texts. It counts from hooks-api services (lease store, subnet index, statistics); it must not depend on
 * the core.
 */
package org.nestor.hooks.statcmds;
