package org.nestor.core.net;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.socket.DatagramChannel;
import java.net.InetSocketAddress;

/** Opens one UDP socket on 0.0.0.0:port, bound to an interface when one is given. */
final class SocketOpener {
    /** Larger than any DHCPv4 message a client may send (RFC 2131 minimum 576; jumbo frames aside). */
    private static final int MAX_DATAGRAM = 4096;
    private static final long OPEN_MILLIS = 5000;

    private SocketOpener() {
    }

    static Channel open(EventLoopGroup group, SocketFlavour flavour, ListenInterface iface, int port,
                        ChannelHandler receiver) {
        DatagramChannel channel = flavour.newChannel();
        channel.config().setOption(ChannelOption.SO_BROADCAST, true);
        // Read on until the socket has nothing left (up to the channel's messages per read) rather than stopping
        // after a datagram smaller than the buffer: what one read hands over is one batch (group commit).
        channel.config().setOption(ChannelOption.RCVBUF_ALLOCATOR,
                new FixedRecvByteBufAllocator(MAX_DATAGRAM).respectMaybeMoreData(false));
        channel.pipeline().addLast(receiver);
        await(group.register(channel));
        try {
            if (iface != null) {
                flavour.bindToDevice(channel, iface.name());
            }
            try {
                await(channel.bind(new InetSocketAddress(port)));
            } catch (RuntimeException e) {
                throw new TransportException("Failed to bind socket to 0.0.0.0/port=" + port + ": "
                        + strerror(describe(e)));
            }
            DirectSenderAttachment.later(channel, flavour);
        } catch (RuntimeException e) {
            channel.close().awaitUninterruptibly(OPEN_MILLIS);
            throw e;
        }
        return channel;
    }

    private static void await(ChannelFuture future) {
        if (!future.awaitUninterruptibly(OPEN_MILLIS)) {
            throw new TransportException("timed out");
        }
        if (!future.isSuccess()) {
            Throwable cause = future.cause();
            throw cause instanceof RuntimeException r ? r : new TransportException(describe(cause));
        }
    }

    /** @return the system's error text without Netty's call-site prefix ({@code bind(..) failed with error(-98): }) */
    private static String strerror(String message) {
        int colon = message.indexOf("): ");
        return message.startsWith("bind(") && colon > 0 ? message.substring(colon + 3) : message;
    }

    /** @return the root cause's message, the part an operator can act on */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
