package org.nestor.core.dhcp4;

/**
 * The UDP ports the engine answers on.
 *
 * @param serverPort the server port (67, or {@code -p}); replies to relays go to this port
 * @param clientPort the client port (68, or {@code -P}); replies to clients go to this port
 */
public record EnginePorts(int serverPort, int clientPort) {
    /** The standard ports 67 and 68. */
    public static final EnginePorts STANDARD = new EnginePorts(67, 68);
}
