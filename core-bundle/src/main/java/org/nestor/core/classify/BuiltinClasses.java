package org.nestor.core.classify;

/** The classes Kea 2.2 lets {@code member()} name without a definition. */
public final class BuiltinClasses {
    /** Every packet belongs to it. */
    public static final String ALL = "ALL";
    /** A host reservation was found. */
    public static final String KNOWN = "KNOWN";
    /** No host reservation was found. */
    public static final String UNKNOWN = "UNKNOWN";
    /** Packets in it are dropped. */
    public static final String DROP = "DROP";
    /** Prefix of the class made from option 60. */
    public static final String VENDOR_CLASS_PREFIX = "VENDOR_CLASS_";

    private BuiltinClasses() {
    }

    /** @return true for ALL, KNOWN, UNKNOWN, BOOTP and the VENDOR_CLASS_, HA_, AFTER_, EXTERNAL_ prefixes */
    public static boolean isBuiltin(String name) {
        return name.equals(ALL) || name.equals(KNOWN) || name.equals(UNKNOWN) || name.equals("BOOTP")
                || name.startsWith(VENDOR_CLASS_PREFIX) || name.startsWith("HA_") || name.startsWith("AFTER_")
                || name.startsWith("EXTERNAL_");
    }

    /** @return true for KNOWN and UNKNOWN, whose membership is decided only after host lookup */
    public static boolean isHostDependent(String name) {
        return name.equals(KNOWN) || name.equals(UNKNOWN);
    }
}
