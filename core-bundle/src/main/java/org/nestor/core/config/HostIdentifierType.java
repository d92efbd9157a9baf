package org.nestor.core.config;

/** Kinds of host reservation identifiers, with Kea's configuration names and database codes. */
public enum HostIdentifierType {
    HW_ADDRESS("hw-address", 0), DUID("duid", 1), CIRCUIT_ID("circuit-id", 2), CLIENT_ID("client-id", 3),
    FLEX_ID("flex-id", 4);

    private final String keaName;
    private final int code;

    HostIdentifierType(String keaName, int code) {
        this.keaName = keaName;
        this.code = code;
    }

    /** @return the name used in {@code host-reservation-identifiers} and reservations */
    public String keaName() { return keaName; }

    /** @return the {@code dhcp_identifier_type} code of Kea's host tables */
    public int code() { return code; }

    /** @return the type Kea names {@code name}, or null */
    public static HostIdentifierType byKeaName(String name) {
        for (HostIdentifierType t : values()) {
            if (t.keaName.equals(name)) return t;
        }
        return null;
    }
}
