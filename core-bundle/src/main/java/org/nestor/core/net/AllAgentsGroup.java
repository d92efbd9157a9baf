package org.nestor.core.net;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DHCPv6 readiness: per configured interface a UDP socket bound to {@code [ff02::1:2%iface]:port} that has joined
 * All_DHCP_Relay_Agents_and_Servers (RFC 8415 §7.1) on that interface only, so each datagram is attributed to the
 * interface it came in on. Binding to the scoped group address ties the socket to its interface (Linux). Receiving
 * is polled by one thread; closing leaves the groups. Not used by the DHCPv4 server.
 */
public final class AllAgentsGroup implements AutoCloseable {
    /** All_DHCP_Relay_Agents_and_Servers. */
    public static final String GROUP = "ff02::1:2";
    /** The DHCPv6 server and relay port. */
    public static final int SERVER_PORT = 547;
    private static final Logger SRV = LoggerFactory.getLogger("kea-dhcp6.dhcpsrv");
    private static final int MAX_DATAGRAM = 65535;

    private final Selector selector;
    private final List<String> interfaces = new ArrayList<>();
    private final ByteBuffer buffer = ByteBuffer.allocate(MAX_DATAGRAM);

    /**
     * One datagram sent to the group.
     *
     * @param data the UDP payload
     * @param source the sender's address (link-local for a client or a relay on the link)
     * @param interfaceName the interface it came in on
     */
    public record Received(byte[] data, InetSocketAddress source, String interfaceName) {
    }

    private AllAgentsGroup(Selector selector) {
        this.selector = selector;
    }

    /**
     * Joins the group on each interface.
     *
     * @throws TransportException when an interface does not exist, has no IPv6, or the socket cannot be opened
     */
    public static AllAgentsGroup join(List<String> interfaceNames, int port) {
        AllAgentsGroup group;
        try {
            group = new AllAgentsGroup(Selector.open());
        } catch (IOException e) {
            throw new TransportException("cannot open a selector: " + e.getMessage());
        }
        try {
            for (String name : interfaceNames) {
                group.joinOn(name, port);
            }
        } catch (RuntimeException e) {
            group.close();
            throw e;
        }
        return group;
    }

    private void joinOn(String name, int port) {
        DatagramChannel channel = null;
        try {
            NetworkInterface nic = NetworkInterface.getByName(name);
            if (nic == null) {
                throw new TransportException("Failed to select interface: interface '" + name
                        + "' doesn't exist in the system");
            }
            Inet6Address scoped = Inet6Address.getByAddress(null, InetAddress.getByName(GROUP).getAddress(), nic);
            channel = DatagramChannel.open(StandardProtocolFamily.INET6);
            channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            channel.setOption(StandardSocketOptions.IP_MULTICAST_IF, nic);
            channel.bind(new InetSocketAddress(scoped, port));
            channel.join(InetAddress.getByName(GROUP), nic);
            channel.configureBlocking(false);
            channel.register(selector, SelectionKey.OP_READ, name);
            interfaces.add(name);
            SRV.info("DHCPSRV_CFGMGR_ADD_IFACE listening on interface {}", name);
        } catch (IOException | UnsupportedOperationException e) {
            closeQuietly(channel);
            String reason = "Failed to open socket on interface " + name + ", reason: " + e.getMessage();
            SRV.warn("DHCPSRV_OPEN_SOCKET_FAIL failed to open socket: {}", reason);
            throw new TransportException(reason);
        }
    }

    /**
     * Waits up to {@code timeoutMillis} for a datagram on any interface.
     *
     * @return the datagram, or empty on timeout
     */
    public synchronized Optional<Received> receive(long timeoutMillis) {
        try {
            long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
            while (true) {
                Iterator<SelectionKey> ready = selector.selectedKeys().iterator();
                while (ready.hasNext()) {
                    SelectionKey key = ready.next();
                    buffer.clear();
                    InetSocketAddress from = (InetSocketAddress) ((DatagramChannel) key.channel()).receive(buffer);
                    if (from == null) {
                        ready.remove();
                        continue;
                    }
                    buffer.flip();
                    byte[] data = new byte[buffer.remaining()];
                    buffer.get(data);
                    return Optional.of(new Received(data, from, (String) key.attachment()));
                }
                long left = (deadline - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    return Optional.empty();
                }
                selector.select(left);
            }
        } catch (IOException e) {
            throw new TransportException("failed to receive: " + e.getMessage());
        }
    }

    /** @return the interfaces on which the group was joined */
    public List<String> interfaces() {
        return List.copyOf(interfaces);
    }

    /** Leaves the groups and closes the sockets. Idempotent. */
    @Override
    public void close() {
        for (SelectionKey key : selector.keys()) {
            closeQuietly((DatagramChannel) key.channel());
        }
        try {
            selector.close();
        } catch (IOException e) {
            SRV.debug("closing the selector: {}", e.toString());
        }
    }

    private static void closeQuietly(DatagramChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            SRV.debug("closing a DHCPv6 socket: {}", e.toString());
        }
    }
}
