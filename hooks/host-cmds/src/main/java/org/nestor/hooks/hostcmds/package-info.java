/**
 * Kea's host_cmds commands (reservation-*) over a {@link org.nestor.hooks.hostcmds.HostSource}: today the
 * reservations of the running configuration, later a database. Plain Java over the hooks API only: no OSGi here.
 */
package org.nestor.hooks.hostcmds;
