/**
 * Lease storage in memory with Kea's memfile CSV files (load, append, in-process LFC) and expired-lease
 * reclamation. Must not know about packets or allocation; it stores, finds and reclaims leases only.
 */
package org.nestor.core.lease;
