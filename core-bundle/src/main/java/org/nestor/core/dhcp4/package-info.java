/**
 * The DHCPv4 server engine: one straight line per packet (decode, classify, select subnet, look up host, allocate,
 * build the reply, address it, encode). Must not open sockets nor write lease files itself.
 */
package org.nestor.core.dhcp4;
