package org.nestor.core.net;

import java.util.List;

/**
 * How to open the DHCPv4 sockets.
 *
 * @param interfaces {@code interfaces-config.interfaces} entries as written
 * @param socketType {@code dhcp-socket-type}: {@code raw} or {@code udp} (raw falls back to udp for now)
 * @param serverPort the port to listen on (67, or {@code -p}); 0 picks a free port (tests)
 * @param requireAll {@code service-sockets-require-all}: fail when any socket cannot be opened
 * @param workerThreads threads that run the handler
 * @param queueCapacity datagrams waiting for a worker; beyond it the oldest is dropped
 */
public record TransportSettings(List<String> interfaces, String socketType, int serverPort, boolean requireAll,
                                int workerThreads, int queueCapacity) {
    public TransportSettings {
        interfaces = List.copyOf(interfaces);
        if (serverPort < 0 || serverPort > 65535) {
            throw new IllegalArgumentException("port out of range: " + serverPort);
        }
        if (workerThreads < 1 || queueCapacity < 1) {
            throw new IllegalArgumentException("workerThreads and queueCapacity must be positive");
        }
    }
}
