package org.nestor.core.dhcp4;

/**
 * The UDP ports replies go to.
 * <p>
 * As kea-dhcp4 does: replies to relays go to the standard server port 67, and replies to clients to the standard
 * client port 68, unless a client port is given with {@code -P}, which then applies to both. The server's own
 * listening port ({@code -p}) does not change where replies go.
 *
 * @param relayPort where replies to a relay (giaddr) go
 * @param clientPort where replies to a client go
 */
public record EnginePorts(int relayPort, int clientPort) {
    /** The standard ports: relays at 67, clients at 68. */
    public static final EnginePorts STANDARD = new EnginePorts(67, 68);

    /**
     * @param clientPortFlag the {@code -P} value, or 0 when not given
     * @return the reply ports kea-dhcp4 would use
     */
    public static EnginePorts forClientPortFlag(int clientPortFlag) {
        return clientPortFlag == 0 ? STANDARD : new EnginePorts(clientPortFlag, clientPortFlag);
    }
}
