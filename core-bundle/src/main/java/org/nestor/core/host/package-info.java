/**
 * Host reservations: an in-memory store of the configured (global and per-subnet) reservations, looked up by
 * identifier or address. Must not allocate leases nor know about packets.
 */
package org.nestor.core.host;
