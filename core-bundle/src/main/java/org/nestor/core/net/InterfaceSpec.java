package org.nestor.core.net;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * One entry of {@code interfaces-config.interfaces} as written: {@code "*"}, {@code "eth0"} or
 * {@code "eth0/192.0.2.1"}.
 *
 * @param name the interface name, {@code "*"} for every interface
 * @param address the IPv4 address asked for after the slash, if any
 */
public record InterfaceSpec(String name, OptionalInt address) {

    /** The wildcard entry. */
    public static final String ALL = "*";

    /**
     * Parses one entry.
     *
     * @throws TransportException when the part after the slash is not an IPv4 address
     */
    public static InterfaceSpec parse(String entry) {
        String text = entry.trim();
        int slash = text.indexOf('/');
        if (slash < 0) {
            return new InterfaceSpec(text, OptionalInt.empty());
        }
        String name = text.substring(0, slash);
        Optional<Integer> address = Ipv4Text.parse(text.substring(slash + 1));
        if (name.isEmpty() || address.isEmpty()) {
            throw new TransportException("Failed to select interface: invalid interface specification '" + entry + "'");
        }
        return new InterfaceSpec(name, OptionalInt.of(address.get()));
    }

    /** @return whether this is the {@code "*"} entry */
    public boolean isWildcard() {
        return ALL.equals(name);
    }
}
