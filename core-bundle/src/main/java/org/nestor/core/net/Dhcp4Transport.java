package org.nestor.core.net;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.socket.DatagramPacket;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DHCPv4 UDP sockets: one per configured interface, each bound to 0.0.0.0:port and to its interface, so the
 * server knows where each query came in and sends broadcast replies back out of that interface. Where sockets
 * cannot be bound to an interface (no epoll) one socket serves all, and datagrams are attributed by source address.
 * <p>
 * Received datagrams go, through a bounded queue, to a {@link DatagramHandler} on worker threads; replies may be
 * sent from any thread. Thread-safe.
 */
public final class Dhcp4Transport implements AutoCloseable {
    private static final Logger SRV = LoggerFactory.getLogger("kea-dhcp4.dhcpsrv");
    private static final Logger DHCP4 = LoggerFactory.getLogger("kea-dhcp4.dhcp4");
    private static final long CLOSE_MILLIS = 2000;

    private final EventLoopGroup group;
    private final ReceiveQueue queue;
    private final Map<String, Channel> channelsByInterface = new ConcurrentHashMap<>();
    private final List<String> interfaceNames = new CopyOnWriteArrayList<>();
    private final List<Channel> channels = new CopyOnWriteArrayList<>();
    private final String flavour;
    private volatile int port;

    private Dhcp4Transport(SocketFlavour flavour, ReceiveQueue queue) {
        this.flavour = flavour.name();
        this.queue = queue;
        this.group = new MultiThreadIoEventLoopGroup(1, flavour.ioHandlerFactory());
    }

    /**
     * Opens the sockets. A socket that cannot be opened is logged (DHCPSRV_OPEN_SOCKET_FAIL) and skipped, unless
     * {@code requireAll}; with no socket at all the server runs deaf, as Kea does, and says so.
     *
     * @param onQueueDrop called once per datagram dropped because the queue was full
     * @throws TransportException on an unknown interface or address, or a failed socket when all are required
     */
    public static Dhcp4Transport open(TransportSettings settings, DatagramHandler handler, Runnable onQueueDrop) {
        return open(settings, handler, onQueueDrop, new SystemHostInterfaces(), SocketFlavour.choose());
    }

    static Dhcp4Transport open(TransportSettings settings, DatagramHandler handler, Runnable onQueueDrop,
                               HostInterfaces host, SocketFlavour flavour) {
        logSocketType(settings.socketType());
        List<ListenInterface> interfaces = new InterfaceSelector(host).select(settings.interfaces());
        ReceiveQueue queue = new ReceiveQueue(handler, settings.workerThreads(), settings.queueCapacity(),
                onQueueDrop);
        Dhcp4Transport transport = new Dhcp4Transport(flavour, queue);
        try {
            transport.bind(settings, interfaces, flavour);
        } catch (RuntimeException e) {
            transport.close();
            throw e;
        }
        return transport;
    }

    private static void logSocketType(String socketType) {
        if ("raw".equals(socketType.toLowerCase(Locale.ROOT))) {
            SRV.warn("DHCPSRV_CFGMGR_SOCKET_RAW_UNSUPPORTED use of raw sockets is unsupported on this OS, "
                    + "UDP sockets will be used");
        }
        SRV.info("DHCPSRV_CFGMGR_SOCKET_TYPE_SELECT using socket type udp");
    }

    private void bind(TransportSettings settings, List<ListenInterface> interfaces, SocketFlavour socketFlavour) {
        port = settings.serverPort();
        if (socketFlavour.bindsToDevice()) {
            for (ListenInterface iface : interfaces) {
                openSocket(socketFlavour, iface, List.of(iface), settings.requireAll());
            }
        } else if (!interfaces.isEmpty()) {
            if (interfaces.size() > 1) {
                SRV.warn("DHCPSRV_OPEN_SOCKET_FAIL failed to open socket: {} sockets cannot be bound to one "
                        + "interface each; one socket serves {} interfaces and queries are attributed by source "
                        + "address (directly connected clients on several interfaces need raw sockets)",
                        socketFlavour.name(), interfaces.size());
            }
            openSocket(socketFlavour, null, interfaces, settings.requireAll());
        }
        if (channels.isEmpty()) {
            SRV.warn("DHCPSRV_NO_SOCKETS_OPEN no interface configured to listen to DHCP traffic");
        }
    }

    private void openSocket(SocketFlavour socketFlavour, ListenInterface iface, List<ListenInterface> served,
                            boolean requireAll) {
        String label = iface == null ? "0.0.0.0" : iface.name();
        try {
            Channel channel = SocketOpener.open(group, socketFlavour, iface, port,
                    new DatagramReceiver(iface, served, queue, this::send));
            port = ((InetSocketAddress) channel.localAddress()).getPort();
            channels.add(channel);
            served.forEach(s -> {
                channelsByInterface.put(s.name(), channel);
                interfaceNames.add(s.name());
            });
            DHCP4.debug("DHCP4_OPEN_SOCKET opening service sockets on port {} ({}, {})", port, label,
                    socketFlavour.name());
        } catch (RuntimeException e) {
            String reason = "failed to open socket on interface " + label + ", reason: " + SocketOpener.describe(e);
            if (requireAll) {
                throw new TransportException(reason);
            }
            SRV.warn("DHCPSRV_OPEN_SOCKET_FAIL failed to open socket: {}", reason);
        }
    }

    /** Replaces the handler for datagrams received from now on (reconfiguration). */
    public void replaceHandler(DatagramHandler handler) {
        queue.replaceHandler(handler);
    }

    /**
     * Sends a datagram out of the interface it names (the one the query came in on), or the first socket when it
     * names none or one without a socket. Never blocks; failures are logged.
     */
    public void send(OutboundDatagram out) {
        Channel channel = channelsByInterface.getOrDefault(out.interfaceName(),
                channels.isEmpty() ? null : channels.get(0));
        if (channel == null || !channel.isActive()) {
            DHCP4.debug("DHCP4_PACKET_SEND_FAIL failed to send DHCPv4 packet: no open socket for interface '{}'",
                    out.interfaceName());
            return;
        }
        ByteBuf buf = channel.alloc().directBuffer(out.data().length).writeBytes(out.data());
        InetSocketAddress to = new InetSocketAddress(Ipv4Text.toInet(out.destinationAddress()),
                out.destinationPort());
        channel.writeAndFlush(new DatagramPacket(buf, to)).addListener((ChannelFutureListener) f -> {
            if (!f.isSuccess()) {
                DHCP4.error("DHCP4_PACKET_SEND_FAIL failed to send DHCPv4 packet: {}", f.cause().toString());
            }
        });
    }

    /** @return the UDP port the sockets are bound to */
    public int port() {
        return port;
    }

    /** @return the interfaces with an open socket, in configuration order */
    public List<String> interfaces() {
        return List.copyOf(interfaceNames);
    }

    /** @return "epoll" or "nio" */
    public String socketFlavour() {
        return flavour;
    }

    /** @return datagrams dropped because the receive queue was full */
    public long droppedCount() {
        return queue.droppedCount();
    }

    /** Closes every socket and stops the threads; waits a bounded time. Idempotent. */
    @Override
    public void close() {
        List<ChannelFuture> closing = new ArrayList<>();
        channels.forEach(c -> closing.add(c.close()));
        closing.forEach(f -> f.awaitUninterruptibly(CLOSE_MILLIS, TimeUnit.MILLISECONDS));
        queue.close(CLOSE_MILLIS);
        group.shutdownGracefully(0, CLOSE_MILLIS, TimeUnit.MILLISECONDS)
                .awaitUninterruptibly(CLOSE_MILLIS * 2, TimeUnit.MILLISECONDS);
    }
}
