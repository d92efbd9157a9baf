/**
 * DHCPv4 address allocation: per-pool free-address structures kept in step with the lease store, and Kea's rules
 * for choosing, renewing, releasing and declining leases. Must not build replies nor know about sockets.
 */
package org.nestor.core.alloc;
