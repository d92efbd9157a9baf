package org.nestor.core.net;

import io.netty.channel.IoHandlerFactory;
import io.netty.channel.epoll.EpollChannelOption;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.unix.RawUnixChannelOption;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Netty epoll datagram sockets, each bound to its interface with SO_BINDTODEVICE set through Netty's generic
 * setsockopt option, so a socket bound to 0.0.0.0 receives that interface's broadcasts only and its broadcast
 * replies leave through that interface.
 */
final class EpollSocketFlavour extends SocketFlavour {
    private static final int SOL_SOCKET = 1;
    private static final int SO_BINDTODEVICE = 25;
    private static final int IFNAMSIZ = 16;
    private static final RawUnixChannelOption BIND_TO_DEVICE =
            new RawUnixChannelOption("SO_BINDTODEVICE", SOL_SOCKET, SO_BINDTODEVICE, IFNAMSIZ);

    @Override
    String name() {
        return "epoll";
    }

    @Override
    IoHandlerFactory ioHandlerFactory() {
        return EpollIoHandler.newFactory();
    }

    @Override
    DatagramChannel newChannel() {
        EpollDatagramChannel channel = new EpollDatagramChannel();
        // Reports the datagram's original destination (broadcast or unicast) as its recipient.
        channel.config().setOption(EpollChannelOption.IP_RECVORIGDSTADDR, true);
        return channel;
    }

    @Override
    DirectUdpSender directSender(DatagramChannel channel) {
        return DirectUdpSender.duplicating(((EpollDatagramChannel) channel).fd().intValue());
    }

    @Override
    boolean sendsDirect() {
        return true;
    }

    @Override
    boolean bindsToDevice() {
        return true;
    }

    @Override
    void bindToDevice(DatagramChannel channel, String interfaceName) {
        byte[] name = interfaceName.getBytes(StandardCharsets.US_ASCII);
        if (name.length >= IFNAMSIZ) {
            throw new TransportException("interface name too long: " + interfaceName);
        }
        ByteBuffer value = ByteBuffer.allocateDirect(IFNAMSIZ);
        value.put(name);
        value.clear();
        channel.config().setOption(BIND_TO_DEVICE, value);
    }
}
