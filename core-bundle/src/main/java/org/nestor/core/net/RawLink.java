package org.nestor.core.net;

import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One configured interface served through a packet socket: a reader thread turns the frames the kernel filter lets
 * through into {@link InboundDatagram}s (with the interface index and source MAC) for the queue, and broadcast or
 * link-layer unicast replies leave as complete Ethernet frames. Replies to an IP address the host can reach (a relay,
 * a client's ciaddr) do not come here: they go through the interface's UDP socket, routed by the kernel.
 */
final class RawLink implements AutoCloseable {
    private static final Logger DHCP4 = LoggerFactory.getLogger("kea-dhcp4.dhcp4");
    private static final int MAX_FRAME = 65536;
    private static final long JOIN_MILLIS = PacketSocket.READ_TIMEOUT_MILLIS * 4L;

    private final ListenInterface iface;
    private final LinkInfo link;
    private final int port;
    private final PacketSocket socket;
    private final Thread reader;
    private volatile boolean stopping;

    private RawLink(ListenInterface iface, LinkInfo link, int port, PacketSocket socket, ReceiveQueue queue,
                    Consumer<OutboundDatagram> sender) {
        this.iface = iface;
        this.link = link;
        this.port = port;
        this.socket = socket;
        this.reader = new Thread(() -> readLoop(queue, sender), "nestor-dhcp4-raw-" + iface.name());
        this.reader.setDaemon(true);
    }

    /**
     * Opens the packet socket and starts reading.
     *
     * @throws TransportException when the interface is gone or the socket cannot be opened
     */
    static RawLink open(ListenInterface iface, int port, ReceiveQueue queue, Consumer<OutboundDatagram> sender) {
        LinkInfo link = LinkInfo.of(iface.name());
        RawLink raw = new RawLink(iface, link, port, PacketSocket.open(link.index(), port), queue, sender);
        raw.reader.start();
        return raw;
    }

    /** @return whether this datagram should leave as a frame built here rather than through the UDP socket */
    static boolean wantsFrame(OutboundDatagram out) {
        return out.linkUnicast() != null || out.destinationAddress() == 0xffffffff;
    }

    /** Sends a broadcast, or its link-layer unicast alternative, as one Ethernet frame. */
    void send(OutboundDatagram out) {
        LinkUnicast unicast = out.linkUnicast();
        byte[] mac = unicast != null ? unicast.mac() : EthernetFrame.BROADCAST_MAC;
        int to = unicast != null ? unicast.address() : out.destinationAddress();
        byte[] frame = EthernetFrame.build(link.mac(), mac, iface.address(), to, port, out.destinationPort(),
                out.data());
        try {
            socket.send(frame, mac);
        } catch (TransportException e) {
            DHCP4.error("DHCP4_PACKET_SEND_FAIL failed to send DHCPv4 packet: {} on {}", e.getMessage(), iface.name());
        }
    }

    String name() {
        return iface.name();
    }

    @Override
    public void close() {
        stopping = true;
        try {
            reader.join(JOIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        socket.close();
    }

    private void readLoop(ReceiveQueue queue, Consumer<OutboundDatagram> sender) {
        byte[] buffer = new byte[MAX_FRAME];
        while (!stopping) {
            int n = socket.receive(buffer);
            if (n <= 0) {
                continue;
            }
            Optional<EthernetFrame.Received> frame = EthernetFrame.parse(buffer, n);
            if (frame.isEmpty()) {
                DHCP4.debug("DHCP4_BUFFER_RECEIVE_FAIL error on attempt to receive packet: malformed frame on {}",
                        iface.name());
                continue;
            }
            EthernetFrame.Received r = frame.get();
            queue.submit(new InboundDatagram(r.payload(), r.source(), r.sourcePort(), r.destination(),
                    iface.name(), iface.address(), link.index(), r.sourceMac()), sender);
        }
    }
}
