package org.nestor.core.net;

import io.netty.channel.IoHandlerFactory;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.nio.NioIoHandler;

/**
 * The Netty transport in use: epoll on Linux when its native library loads (then sockets can be bound to one
 * interface each), NIO otherwise (one socket for all interfaces).
 */
abstract class SocketFlavour {

    abstract String name();

    abstract IoHandlerFactory ioHandlerFactory();

    abstract DatagramChannel newChannel();

    /** @return whether {@link #bindToDevice} works, so each interface can have its own socket */
    abstract boolean bindsToDevice();

    /** Restricts a registered, unbound channel to one interface (SO_BINDTODEVICE). */
    abstract void bindToDevice(DatagramChannel channel, String interfaceName);

    /**
     * @return a sender that writes replies to {@code channel}'s socket from any thread without its event loop, or
     *         null when this transport has none (replies then go through the channel)
     */
    DirectUdpSender directSender(DatagramChannel channel) {
        return null;
    }

    /** @return whether {@link #directSender} can give this flavour's sockets a sender */
    boolean sendsDirect() {
        return false;
    }

    /** @return epoll when available, else NIO */
    static SocketFlavour choose() {
        try {
            if (io.netty.channel.epoll.Epoll.isAvailable()) {
                return new EpollSocketFlavour();
            }
        } catch (LinkageError epollPackageMissing) {
            // In OSGi the epoll package is an optional import: without it, NIO it is.
        }
        return nio();
    }

    static SocketFlavour nio() {
        return new SocketFlavour() {
            @Override
            String name() {
                return "nio";
            }

            @Override
            IoHandlerFactory ioHandlerFactory() {
                return NioIoHandler.newFactory();
            }

            @Override
            DatagramChannel newChannel() {
                return new NioDatagramChannel();
            }

            @Override
            boolean bindsToDevice() {
                return false;
            }

            @Override
            void bindToDevice(DatagramChannel channel, String interfaceName) {
                throw new UnsupportedOperationException("NIO sockets cannot be bound to a device");
            }
        };
    }
}
