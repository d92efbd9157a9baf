/**
 * Sockets: receiving and sending DHCP datagrams on the configured interfaces. Knows bytes and addresses, never
 * DHCP semantics.
 */
package org.nestor.core.net;
