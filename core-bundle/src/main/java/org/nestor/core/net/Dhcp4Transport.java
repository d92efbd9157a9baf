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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DHCPv4 sockets of the configured interfaces, and only those: the server never answers elsewhere.
 * <ul>
 * <li>{@code udp}: one UDP socket per interface, bound to 0.0.0.0:port and to its interface (epoll), so the server
 * knows where each query came in and broadcasts replies out of that interface. Without epoll one socket serves all
 * and datagrams are attributed by source address.</li>
 * <li>{@code raw} (Kea's default): per interface a packet socket ({@link RawLink}) that receives the queries with
 * interface index and source MAC and sends broadcasts and link-layer unicasts to clients without an address, plus
 * the UDP socket, which keeps the kernel from answering with ICMP port unreachable and sends replies to addresses it
 * can route (relays, renewing clients); what it receives is dropped.</li>
 * </ul>
 * Sockets that fail to open are retried as {@code service-sockets-max-retries} says; {@link #socketState()} reports
 * the outcome as Kea's {@code status-get} does. Received datagrams go through a bounded queue to a
 * {@link DatagramHandler} on worker threads; replies may be sent from any thread. Thread-safe.
 */
public final class Dhcp4Transport implements AutoCloseable {
    private static final Logger SRV = LoggerFactory.getLogger("kea-dhcp4.dhcpsrv");
    private static final Logger DHCP4 = LoggerFactory.getLogger("kea-dhcp4.dhcp4");
    private static final long CLOSE_MILLIS = 2000;

    private final EventLoopGroup group;
    private final ReceiveQueue queue;
    private final SocketFlavour flavour;
    private final TransportSettings settings;
    private final boolean raw;
    private final Map<String, Channel> channelsByInterface = new ConcurrentHashMap<>();
    private final Map<String, RawLink> rawLinks = new ConcurrentHashMap<>();
    private final List<ListenInterface> open = new CopyOnWriteArrayList<>();
    private final List<Channel> channels = new CopyOnWriteArrayList<>();
    private final SocketFailures failures = new SocketFailures();
    private static final ChannelFutureListener SEND_RESULT = f -> {
        if (!f.isSuccess()) {
            DHCP4.error("DHCP4_PACKET_SEND_FAIL failed to send DHCPv4 packet: {}", f.cause().toString());
        }
    };

    private volatile SocketRetry retry;
    private volatile InetSocketAddress lastDestination;
    private volatile int port;
    private List<HostInterface> detected = List.of();

    private Dhcp4Transport(SocketFlavour flavour, ReceiveQueue queue, TransportSettings settings, boolean raw) {
        this.flavour = flavour;
        this.queue = queue;
        this.settings = settings;
        this.raw = raw;
        this.group = new MultiThreadIoEventLoopGroup(1, flavour.ioHandlerFactory());
    }

    /**
     * Opens the sockets. A socket that cannot be opened is logged (DHCPSRV_OPEN_SOCKET_FAIL) and retried when
     * {@code maxRetries} allows; otherwise skipped, unless {@code requireAll}. With no socket at all the server runs
     * deaf, as Kea does, and says so.
     *
     * @param onQueueDrop called once per datagram dropped because the queue was full
     * @throws TransportException on an unknown interface or address, or a failed socket when all are required and
     *                            no retries are configured
     */
    public static Dhcp4Transport open(TransportSettings settings, DatagramHandler handler, Runnable onQueueDrop) {
        return open(settings, handler, onQueueDrop, new SystemHostInterfaces(), SocketFlavour.choose());
    }

    /**
     * As {@link #open(TransportSettings, DatagramHandler, Runnable)} on the interfaces {@code host} reports: the
     * system's ({@code re-detect}) or an earlier detection's ({@link HostInterfaces#fixed}).
     */
    public static Dhcp4Transport open(TransportSettings settings, DatagramHandler handler, Runnable onQueueDrop,
                                      HostInterfaces host) {
        return open(settings, handler, onQueueDrop, host, SocketFlavour.choose());
    }

    static Dhcp4Transport open(TransportSettings settings, DatagramHandler handler, Runnable onQueueDrop,
                               HostInterfaces host, SocketFlavour flavour) {
        boolean raw = chooseRaw(settings, flavour);
        List<HostInterface> found = host.list();
        List<ListenInterface> interfaces = new InterfaceSelector(HostInterfaces.fixed(found))
                .select(settings.interfaces());
        // Raw links read on threads of their own (one per interface); they keep the worker queue.
        ReceiveQueue queue = settings.inline() && !raw ? ReceiveQueue.inline(handler)
                : new ReceiveQueue(handler, settings.workerThreads(), settings.queueCapacity(), onQueueDrop);
        Dhcp4Transport transport = new Dhcp4Transport(flavour, queue, settings, raw);
        transport.detected = List.copyOf(found);
        try {
            transport.bind(interfaces);
        } catch (RuntimeException e) {
            transport.close();
            throw e;
        }
        return transport;
    }

    private static boolean chooseRaw(TransportSettings settings, SocketFlavour flavour) {
        String unavailable = !settings.raw() ? null : !flavour.bindsToDevice()
                ? "UDP sockets cannot be bound to an interface (no epoll)" : RawSupport.unavailableReason();
        if (settings.raw() && unavailable != null) {
            SRV.warn("DHCPSRV_CFGMGR_SOCKET_RAW_UNSUPPORTED use of raw sockets is unsupported on this OS, "
                    + "UDP sockets will be used ({})", unavailable);
        }
        boolean raw = settings.raw() && unavailable == null;
        SRV.info("DHCPSRV_CFGMGR_SOCKET_TYPE_SELECT using socket type {}", raw ? "raw" : "udp");
        return raw;
    }

    private void bind(List<ListenInterface> interfaces) {
        port = settings.serverPort();
        List<ListenInterface> pending = new ArrayList<>();
        if (flavour.bindsToDevice()) {
            pending.addAll(interfaces);
        } else if (!interfaces.isEmpty()) {
            if (interfaces.size() > 1) {
                SRV.warn("DHCPSRV_OPEN_SOCKET_FAIL failed to open socket: {} sockets cannot be bound to one "
                        + "interface each; one socket serves {} interfaces and queries are attributed by source "
                        + "address (directly connected clients on several interfaces need raw sockets)",
                        flavour.name(), interfaces.size());
            }
            openShared(interfaces);
        }
        boolean retries = settings.maxRetries() > 0;
        for (ListenInterface iface : pending) {
            String error = openInterface(iface);
            if (error != null && settings.requireAll() && !retries) {
                throw new TransportException(error);
            }
        }
        if (!failures.names().isEmpty() && retries) {
            failures.retrying(true);
            retry = new SocketRetry(settings.retryWaitMillis(), settings.maxRetries(), () -> retryFailed(interfaces),
                    failures::exhausted);
            retry.start();
        }
        if (channels.isEmpty()) {
            SRV.warn("DHCPSRV_NO_SOCKETS_OPEN no interface configured to listen to DHCP traffic");
        }
    }

    /** @return the error, or null when the interface's sockets are open */
    private String openInterface(ListenInterface iface) {
        Channel channel = null;
        try {
            channel = SocketOpener.open(group, flavour, iface, port, raw ? new DatagramDrain()
                    : new DatagramReceiver(iface, List.of(iface), queue, this::send));
            port = ((InetSocketAddress) channel.localAddress()).getPort();
            if (raw) {
                rawLinks.put(iface.name(), RawLink.open(iface, port, queue, this::send));
            }
        } catch (RuntimeException e) {
            if (channel != null) {
                channel.close().awaitUninterruptibly(CLOSE_MILLIS);
            }
            String reason = "Failed to open socket on interface " + iface.name() + ", reason: "
                    + SocketOpener.describe(e);
            SRV.warn("DHCPSRV_OPEN_SOCKET_FAIL failed to open socket: {}", reason);
            failures.failed(iface.name(), reason);
            return reason;
        }
        failures.opened(iface.name());
        channels.add(channel);
        channelsByInterface.put(iface.name(), channel);
        open.add(iface);
        DHCP4.info("DHCP4_OPEN_SOCKET opening service sockets on port {} ({}, {})", port, iface.name(),
                raw ? "raw" : flavour.name());
        return null;
    }

    private void openShared(List<ListenInterface> served) {
        try {
            Channel channel = SocketOpener.open(group, flavour, null, port,
                    new DatagramReceiver(null, served, queue, this::send));
            port = ((InetSocketAddress) channel.localAddress()).getPort();
            channels.add(channel);
            served.forEach(s -> channelsByInterface.put(s.name(), channel));
            open.addAll(served);
        } catch (RuntimeException e) {
            String reason = "Failed to open socket on 0.0.0.0, reason: " + SocketOpener.describe(e);
            if (settings.requireAll()) {
                throw new TransportException(reason);
            }
            SRV.warn("DHCPSRV_OPEN_SOCKET_FAIL failed to open socket: {}", reason);
            failures.failed("*", reason);
        }
    }

    private boolean retryFailed(List<ListenInterface> interfaces) {
        for (ListenInterface iface : interfaces) {
            if (failures.names().contains(iface.name())) {
                openInterface(iface);
            }
        }
        boolean allOpen = failures.names().isEmpty();
        failures.retrying(!allOpen);
        return allOpen;
    }

    /**
     * Called once when {@code service-sockets-max-retries} attempts have failed (at once when they already have);
     * with {@code service-sockets-require-all} Kea then shuts down, which is the caller's decision.
     */
    public void onSocketsFailed(Runnable listener) {
        failures.onExhausted(listener);
    }

    /** @return the host's interfaces as detected when these sockets were opened */
    public List<HostInterface> detectedInterfaces() {
        return detected;
    }

    /** @return the service sockets' state in Kea's {@code status-get} terms */
    public SocketState socketState() {
        return failures.state();
    }

    /**
     * Sets what wraps each batch of datagrams one socket read delivers, when they are handled on the receiving
     * thread ({@link TransportSettings#inline()}), or each datagram a worker handles; replies of a batch are held
     * until its end.
     */
    public void receiveBatch(ReceiveBatch around) {
        queue.batch(around);
    }

    /** Replaces the handler for datagrams received from now on (reconfiguration). */
    public void replaceHandler(DatagramHandler handler) {
        queue.replaceHandler(handler);
    }

    /**
     * Sends a datagram out of the interface it names (the one the query came in on). With raw sockets a broadcast
     * leaves as a frame, to the client's hardware address when it carries a {@link LinkUnicast}; a datagram to an IP
     * address goes through the UDP socket, of the inbound interface or, with {@code use-routing}, of the interface
     * on whose link the destination is. Never blocks; failures are logged.
     */
    public void send(OutboundDatagram out) {
        RawLink link = rawLinks.get(out.interfaceName());
        if (link != null && RawLink.wantsFrame(out)) {
            link.send(out);
            return;
        }
        Channel channel = channelFor(out);
        if (channel == null || !channel.isActive()) {
            DHCP4.debug("DHCP4_PACKET_SEND_FAIL failed to send DHCPv4 packet: no open socket for interface '{}'",
                    out.interfaceName());
            return;
        }
        DirectUdpSender direct = channel.attr(DirectUdpSender.OF_CHANNEL).get();
        if (direct != null && direct.send(out.data(), out.destinationAddress(), out.destinationPort())) {
            return;
        }
        ByteBuf buf = channel.alloc().directBuffer(out.data().length).writeBytes(out.data());
        channel.writeAndFlush(new DatagramPacket(buf, destination(out))).addListener(SEND_RESULT);
    }

    /** @return the socket address of the datagram's destination; the last one is kept (relays repeat it) */
    private InetSocketAddress destination(OutboundDatagram out) {
        InetSocketAddress last = lastDestination;
        if (last != null && last.getPort() == out.destinationPort()
                && Ipv4Text.toInt(last.getAddress()) == out.destinationAddress()) {
            return last;
        }
        InetSocketAddress to = new InetSocketAddress(Ipv4Text.toInet(out.destinationAddress()),
                out.destinationPort());
        lastDestination = to;
        return to;
    }

    private Channel channelFor(OutboundDatagram out) {
        if (settings.useRouting() && out.destinationAddress() != 0xffffffff) {
            for (ListenInterface iface : open) {
                if (iface.isOnLink(out.destinationAddress()) && channelsByInterface.containsKey(iface.name())) {
                    return channelsByInterface.get(iface.name());
                }
            }
        }
        Channel inbound = channelsByInterface.get(out.interfaceName());
        if (inbound != null) {
            return inbound;
        }
        // Only a shared socket may answer for an interface it cannot name; never another interface's socket.
        return !flavour.bindsToDevice() && !channels.isEmpty() && out.interfaceName().isEmpty() ? channels.get(0)
                : null;
    }

    /** @return the UDP port the sockets are bound to */
    public int port() {
        return port;
    }

    /** @return the interfaces with open sockets, in the order they were opened */
    public List<String> interfaces() {
        return open.stream().map(ListenInterface::name).toList();
    }

    /** @return "raw" when packet sockets serve the interfaces, else the UDP flavour: "epoll" or "nio" */
    public String socketFlavour() {
        return raw ? "raw" : flavour.name();
    }

    /** @return datagrams dropped because the receive queue was full */
    public long droppedCount() {
        return queue.droppedCount();
    }

    /** Closes every socket and stops the threads; waits a bounded time. Idempotent. */
    @Override
    public void close() {
        SocketRetry r = retry;
        if (r != null) {
            r.close();
        }
        rawLinks.values().forEach(RawLink::close);
        List<ChannelFuture> closing = new ArrayList<>();
        channels.forEach(c -> closing.add(c.close()));
        closing.forEach(f -> f.awaitUninterruptibly(CLOSE_MILLIS, TimeUnit.MILLISECONDS));
        queue.close(CLOSE_MILLIS);
        group.shutdownGracefully(0, CLOSE_MILLIS, TimeUnit.MILLISECONDS)
                .awaitUninterruptibly(CLOSE_MILLIS * 2, TimeUnit.MILLISECONDS);
    }
}
