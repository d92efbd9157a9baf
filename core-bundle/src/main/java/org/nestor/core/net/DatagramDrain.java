package org.nestor.core.net;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;

/**
 * Reads and drops what the UDP socket of a raw-mode interface receives: the packet socket has already seen the same
 * datagram. The UDP socket exists so the kernel does not answer DHCP traffic with ICMP port unreachable, and to send
 * replies to addresses the kernel routes (relays, renewing clients).
 */
final class DatagramDrain extends SimpleChannelInboundHandler<DatagramPacket> {
    @Override
    protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
        // released by SimpleChannelInboundHandler
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // a late ICMP error on a send: nothing to do
    }
}
