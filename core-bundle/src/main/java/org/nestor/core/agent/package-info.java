/**
 * Nestor's control agent: Kea's {@code Control-agent} configuration, the agent's own commands, and the routing of
 * each command to the services named in {@code service} (a daemon's UNIX socket, or the in-process channel).
 * Knows nothing of HTTP (that is {@code control.http}) nor of DHCP.
 */
package org.nestor.core.agent;
