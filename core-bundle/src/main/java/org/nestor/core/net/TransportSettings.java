package org.nestor.core.net;

import java.util.List;
import java.util.Locale;

/**
 * How to open the DHCPv4 sockets.
 *
 * @param interfaces {@code interfaces-config.interfaces} entries as written
 * @param socketType {@code dhcp-socket-type}: {@code raw} (packet sockets, with a UDP socket each) or {@code udp}
 * @param serverPort the port to listen on (67, or {@code -p}); 0 picks a free port (tests, udp only)
 * @param requireAll {@code service-sockets-require-all}: fail when any socket cannot be opened
 * @param workerThreads threads that run the handler
 * @param queueCapacity datagrams waiting for a worker; beyond it the oldest is dropped
 * @param outboundInterface {@code same-as-inbound} or {@code use-routing}: where replies to an IP address go out
 * @param retryWaitMillis {@code service-sockets-retry-wait-time}: between attempts to open failed sockets
 * @param maxRetries {@code service-sockets-max-retries}: further attempts after the first, 0 = none
 * @param inline whether the thread that receives a datagram also handles it and sends the reply (Kea's
 *               single-threaded mode: no hand-off, no queue but the socket's), instead of {@code workerThreads}
 */
public record TransportSettings(List<String> interfaces, String socketType, int serverPort, boolean requireAll,
                                int workerThreads, int queueCapacity, String outboundInterface,
                                long retryWaitMillis, long maxRetries, boolean inline) {
    /** Kea's default {@code outbound-interface}. */
    public static final String SAME_AS_INBOUND = "same-as-inbound";
    /** Kea's default {@code service-sockets-retry-wait-time}. */
    public static final long DEFAULT_RETRY_WAIT_MILLIS = 5000;

    public TransportSettings {
        interfaces = List.copyOf(interfaces);
        socketType = socketType == null ? "raw" : socketType.toLowerCase(Locale.ROOT);
        outboundInterface = outboundInterface == null ? SAME_AS_INBOUND : outboundInterface;
        if (serverPort < 0 || serverPort > 65535) {
            throw new IllegalArgumentException("port out of range: " + serverPort);
        }
        if (workerThreads < 1 || queueCapacity < 1) {
            throw new IllegalArgumentException("workerThreads and queueCapacity must be positive");
        }
        if (retryWaitMillis < 0 || maxRetries < 0) {
            throw new IllegalArgumentException("retry wait time and max retries must not be negative");
        }
    }

    /** Settings handled on worker threads. */
    public TransportSettings(List<String> interfaces, String socketType, int serverPort, boolean requireAll,
                             int workerThreads, int queueCapacity, String outboundInterface,
                             long retryWaitMillis, long maxRetries) {
        this(interfaces, socketType, serverPort, requireAll, workerThreads, queueCapacity, outboundInterface,
                retryWaitMillis, maxRetries, false);
    }

    /** Settings with Kea's defaults for outbound interface and retries (none). */
    public TransportSettings(List<String> interfaces, String socketType, int serverPort, boolean requireAll,
                             int workerThreads, int queueCapacity) {
        this(interfaces, socketType, serverPort, requireAll, workerThreads, queueCapacity, SAME_AS_INBOUND,
                DEFAULT_RETRY_WAIT_MILLIS, 0);
    }

    /** @return these settings with {@code outbound-interface} and the socket retry parameters of the configuration */
    public TransportSettings withServiceSockets(String outbound, long retryWait, long retries) {
        return new TransportSettings(interfaces, socketType, serverPort, requireAll, workerThreads, queueCapacity,
                outbound, retryWait, retries, inline);
    }

    /** @return these settings with datagrams handled on the receiving thread ({@code true}) or on workers */
    public TransportSettings withInline(boolean handleInline) {
        return new TransportSettings(interfaces, socketType, serverPort, requireAll, workerThreads, queueCapacity,
                outboundInterface, retryWaitMillis, maxRetries, handleInline);
    }

    /** @return whether packet sockets are asked for */
    public boolean raw() {
        return "raw".equals(socketType);
    }

    /** @return whether replies to an IP address follow the routing table rather than the inbound interface */
    public boolean useRouting() {
        return "use-routing".equals(outboundInterface);
    }
}
