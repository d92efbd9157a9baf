package org.nestor.core.wire.options;

/** The DHCPv4 option definitions Kea knows without configuration, with Kea's names, codes, types and spaces. */
public final class StandardOptions4 {
    private StandardOptions4() {
    }

    /** @return the standard definitions (spaces {@code dhcp4}, {@code dhcp-agent-options-space}, ...) */
    public static OptionDefinitions definitions() {
        throw new UnsupportedOperationException("not yet written");
    }
}
