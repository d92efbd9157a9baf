package org.nestor.core.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.Channel;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DirectUdpSenderTest {
    private static final int LOOPBACK = 0x7f000001;

    private final SocketFlavour epoll = SocketFlavour.choose();
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, epoll.ioHandlerFactory());

    @AfterEach
    void stopLoop() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }

    @Test
    void aDatagramSentFromAThreadOutsideTheEventLoopLeavesFromTheServiceSocketsPort() throws Exception {
        assertEquals("epoll", epoll.name(), "the service sockets of this Linux host use epoll");
        Channel service = SocketOpener.open(group, epoll, null, 0, new ChannelInboundHandlerAdapter());
        try (DatagramSocket client = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            client.setSoTimeout(5000);
            DirectUdpSender sender = DirectSenderAttachment.of(service).get(5, TimeUnit.SECONDS);
            assertNotNull(sender);

            assertTrue(sender.send(new byte[] {5, 6, 7}, LOOPBACK, client.getLocalPort()));

            DatagramPacket got = new DatagramPacket(new byte[16], 16);
            client.receive(got);
            assertArrayEquals(new byte[] {5, 6, 7}, java.util.Arrays.copyOf(got.getData(), got.getLength()));
            assertEquals(((InetSocketAddress) service.localAddress()).getPort(), got.getPort());
        } finally {
            service.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void onceTheServiceSocketIsClosedTheSenderDeclinesSoTheCallerSendsAnotherWay() throws Exception {
        Channel service = SocketOpener.open(group, epoll, null, 0, new ChannelInboundHandlerAdapter());
        DirectUdpSender sender = DirectSenderAttachment.of(service).get(5, TimeUnit.SECONDS);
        assertNotNull(sender);
        service.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        try (DatagramSocket client = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            assertFalse(sender.send(new byte[] {1}, LOOPBACK, client.getLocalPort()));
        }
    }

    @Test
    void aSocketClosedBeforeItsSenderIsAttachedGetsNone() throws Exception {
        Channel service = SocketOpener.open(group, epoll, null, 0, new ChannelInboundHandlerAdapter());
        DirectSenderAttachment.of(service).get(5, TimeUnit.SECONDS);
        service.close().awaitUninterruptibly(5, TimeUnit.SECONDS);

        assertNull(service.eventLoop().submit(() -> DirectSenderAttachment.attachNow(
                (io.netty.channel.socket.DatagramChannel) service, epoll)).get(5, TimeUnit.SECONDS));
    }
}
