package org.nestor.hooks.api.packet;

/** A configured IPv4 subnet as callouts see it (read-only); a {@code subnet4_select} callout may pick another. */
public interface SubnetView4 {
    /** @return the subnet id */
    long id();

    /** @return the prefix in Kea's notation, {@code 192.0.2.0/24} */
    String prefix();

    /** @return whether the address is in the subnet */
    boolean inRange(int address);

    /** @return the shared network's name, null when the subnet is in none */
    String sharedNetworkName();

    /** @return the subnet's {@code user-context} as JSON text, null when none */
    String userContext();
}
