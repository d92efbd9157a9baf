package org.nestor.core.lease;

import java.util.Locale;

/** Kea's {@code sanity-checks.lease-checks} values: what to do with a loaded lease whose subnet id is wrong. */
public enum LeaseChecks {
    /** Accept it silently. */
    NONE,
    /** Log it and accept it (Kea's default). */
    WARN,
    /** Correct the subnet id when a subnet contains the address, else log and accept. */
    FIX,
    /** Correct the subnet id when possible, else drop the lease. */
    FIX_DEL,
    /** Drop the lease. */
    DEL;

    /**
     * @param text {@code none}, {@code warn}, {@code fix}, {@code fix-del} or {@code del}
     * @throws IllegalArgumentException for any other value
     */
    public static LeaseChecks parse(String text) {
        for (LeaseChecks c : values()) {
            if (c.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(text)) {
                return c;
            }
        }
        throw new IllegalArgumentException("Unsupported lease-checks value: " + text
                + ", supported values are: none, warn, fix, fix-del, del");
    }
}
