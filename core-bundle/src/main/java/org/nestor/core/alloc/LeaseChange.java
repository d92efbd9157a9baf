package org.nestor.core.alloc;

/** Outcome of a client's RELEASE or DECLINE of a lease. */
public enum LeaseChange {
    /** Done. */
    DONE,
    /** No lease exists for the address. */
    NO_LEASE,
    /** The lease belongs to another client: nothing changed. */
    WRONG_CLIENT
}
