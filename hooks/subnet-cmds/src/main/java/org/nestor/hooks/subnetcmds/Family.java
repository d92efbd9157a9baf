package org.nestor.hooks.subnetcmds;

/** What differs between the DHCPv4 and (later) DHCPv6 commands: names of keys, labels in texts, option space. */
public enum Family {
    /** subnet4-* and network4-* on the {@code Dhcp4} configuration. */
    V4("4", "subnet4", "IPv4", "dhcp4");

    private final String digit;
    private final String subnetKey;
    private final String label;
    private final String optionSpace;

    Family(String digit, String subnetKey, String label, String optionSpace) {
        this.digit = digit;
        this.subnetKey = subnetKey;
        this.label = label;
        this.optionSpace = optionSpace;
    }

    /** @return the command name for a verb: {@code subnet("add")} is {@code subnet4-add} */
    public String subnet(String verb) {
        return "subnet" + digit + "-" + verb;
    }

    /** @return the command name for a verb: {@code network("add")} is {@code network4-add} */
    public String network(String verb) {
        return "network" + digit + "-" + verb;
    }

    /** @return the key of a subnet list: {@code subnet4} */
    public String subnetKey() {
        return subnetKey;
    }

    /** @return how Kea's texts name the family: {@code IPv4} */
    public String label() {
        return label;
    }

    /** @return the option space of options given without one: {@code dhcp4} */
    public String optionSpace() {
        return optionSpace;
    }
}
