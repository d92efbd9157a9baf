/**
 * DHCPv4 on the wire: decoding buffers into {@link org.nestor.core.wire.Dhcp4Packet} and encoding them back
 * (RFC 2131/2132, overload, RFC 3396). Pure functions of bytes; must not know about configuration or leases.
 */
package org.nestor.core.wire;
