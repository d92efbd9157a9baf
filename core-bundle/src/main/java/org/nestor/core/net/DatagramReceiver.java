package org.nestor.core.net;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.function.Consumer;

/**
 * Copies each received datagram once out of Netty's pooled buffer, notes where it came from and on which
 * interface, and queues it. One instance per socket.
 */
final class DatagramReceiver extends SimpleChannelInboundHandler<DatagramPacket> {
    private final ListenInterface boundInterface;
    private final List<ListenInterface> candidates;
    private final ReceiveQueue queue;
    private final Consumer<OutboundDatagram> sender;

    /**
     * @param boundInterface the interface the socket is bound to, or null when it serves several
     * @param candidates the interfaces a shared socket serves, for attribution by source address
     */
    DatagramReceiver(ListenInterface boundInterface, List<ListenInterface> candidates, ReceiveQueue queue,
                     Consumer<OutboundDatagram> sender) {
        this.boundInterface = boundInterface;
        this.candidates = List.copyOf(candidates);
        this.queue = queue;
        this.sender = sender;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
        ByteBuf content = packet.content();
        byte[] data = new byte[content.readableBytes()];
        content.getBytes(content.readerIndex(), data);
        InetSocketAddress from = packet.sender();
        int source = Ipv4Text.toInt(from.getAddress());
        InetSocketAddress to = packet.recipient();
        int destination = to == null ? 0 : Ipv4Text.toInt(to.getAddress());
        ListenInterface iface = boundInterface != null ? boundInterface : attribute(source);
        queue.beginBatch();
        queue.submit(new InboundDatagram(data, source, from.getPort(), destination,
                iface == null ? "" : iface.name(), iface == null ? 0 : iface.address()), sender);
    }

    /** The socket has no more datagrams for now: the batch of those just read ends. */
    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        queue.endBatch();
        ctx.fireChannelReadComplete();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // A read error on a UDP socket (e.g. ICMP unreachable reported late) concerns one datagram only.
        org.slf4j.LoggerFactory.getLogger("kea-dhcp4.dhcp4")
                .debug("DHCP4_BUFFER_RECEIVE_FAIL error on attempt to receive packet: {}", cause.toString());
    }

    /** A shared socket cannot tell the interface: guess by on-link source address, or the only candidate. */
    private ListenInterface attribute(int source) {
        for (ListenInterface c : candidates) {
            if (c.isOnLink(source)) {
                return c;
            }
        }
        return candidates.size() == 1 ? candidates.get(0) : null;
    }
}
