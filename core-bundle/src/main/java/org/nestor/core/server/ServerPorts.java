package org.nestor.core.server;

/**
 * UDP ports: where the server listens ({@code -p}) and where it answers clients ({@code -P}).
 *
 * @param server 67 unless testing; 0 = any free port (tests)
 * @param client 68 unless testing
 */
public record ServerPorts(int server, int client) {
    /** The DHCPv4 ports of RFC 2131. */
    public static final ServerPorts STANDARD = new ServerPorts(67, 68);

    public ServerPorts {
        if (server < 0 || server > 65535 || client < 1 || client > 65535) {
            throw new IllegalArgumentException("port out of range");
        }
    }
}
