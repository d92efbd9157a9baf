package org.nestor.core.wire.options;

/** Kea's option data types, by the names Kea's {@code option-def} {@code type} field uses. */
public enum OptionDataType {
    EMPTY("empty"), BINARY("binary"), BOOLEAN("boolean"), INT8("int8"), INT16("int16"), INT32("int32"),
    UINT8("uint8"), UINT16("uint16"), UINT32("uint32"), IPV4_ADDRESS("ipv4-address"),
    IPV6_ADDRESS("ipv6-address"), IPV6_PREFIX("ipv6-prefix"), PSID("psid"), STRING("string"), TUPLE("tuple"),
    FQDN("fqdn"), INTERNAL("internal"), RECORD("record");

    private final String keaName;

    OptionDataType(String keaName) {
        this.keaName = keaName;
    }

    /** @return the name Kea uses in configuration */
    public String keaName() {
        return keaName;
    }

    /** @return the type Kea calls {@code name}, or null */
    public static OptionDataType byKeaName(String name) {
        for (OptionDataType t : values()) {
            if (t.keaName.equals(name)) return t;
        }
        return null;
    }
}
