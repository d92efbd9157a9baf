/**
 * Sockets: receiving and sending DHCP datagrams on the configured interfaces (UDP, raw packet sockets, the DHCPv6
 * group ff02::1:2), opening them as {@code interfaces-config} says. Knows bytes and addresses, never DHCP semantics.
 */
package org.nestor.core.net;
