package org.nestor.core.net;

import java.util.List;

/**
 * An interface the server listens on.
 *
 * @param name the kernel name
 * @param address the address the server speaks for on it: the one configured after the slash, else the primary
 * @param prefixes every IPv4 prefix of the interface, used to attribute datagrams when the socket cannot tell
 */
public record ListenInterface(String name, int address, List<HostInterface.Prefix> prefixes) {
    public ListenInterface {
        prefixes = List.copyOf(prefixes);
    }

    /** @return whether {@code source} lies in one of the interface's prefixes */
    public boolean isOnLink(int source) {
        return prefixes.stream().anyMatch(p -> p.contains(source));
    }
}
