package org.nestor.core.classify;

/** Which protocol an expression is written for: it decides option code ranges and pkt4/pkt6/relay forms. */
public enum Universe {
    /** DHCPv4: option space {@code dhcp4}, codes 0..255. */
    V4("dhcp4", 255),
    /** DHCPv6: option space {@code dhcp6}, codes 0..65535. */
    V6("dhcp6", 65535);

    private final String optionSpace;
    private final int maxOptionCode;

    Universe(String optionSpace, int maxOptionCode) {
        this.optionSpace = optionSpace;
        this.maxOptionCode = maxOptionCode;
    }

    /** @return the top-level option space name */
    public String optionSpace() {
        return optionSpace;
    }

    /** @return the largest option code */
    public int maxOptionCode() {
        return maxOptionCode;
    }
}
