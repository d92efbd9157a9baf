package org.nestor.core.net;

import io.netty.util.AttributeKey;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import jnr.ffi.Runtime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends UDP datagrams from the calling thread on a duplicate of a service socket's descriptor, so a reply made on a
 * worker (or lease sync) thread leaves with one {@code sendto}, without waking the socket's event loop, and one made
 * on the event loop skips the channel pipeline. The duplicate shares the socket (its binding, interface, broadcast
 * flag and non-blocking mode) and is closed when the socket's channel closes; a send that finds it closed, or the
 * socket's buffer full, returns false and the caller sends through the channel instead.
 */
final class DirectUdpSender {
    /** Where a service socket's channel keeps its sender. */
    static final AttributeKey<DirectUdpSender> OF_CHANNEL = AttributeKey.valueOf("nestor.direct-udp-sender");

    private static final Logger DHCP4 = LoggerFactory.getLogger("kea-dhcp4.dhcp4");
    private static final int AF_INET = 2;
    private static final int SOCKADDR_IN = 16;
    private static final int MSG_DONTWAIT = 0x40;
    private static final int EAGAIN = 11;

    private final LibC libc;
    private final int fd;
    private final ReentrantReadWriteLock closing = new ReentrantReadWriteLock();
    private boolean closed;
    private volatile Destination last;

    private DirectUdpSender(LibC libc, int fd) {
        this.libc = libc;
        this.fd = fd;
    }

    /**
     * @param socketFd the descriptor of an open UDP socket; the caller keeps it, this sender uses a duplicate
     * @return a sender, or null when native calls are unavailable or the descriptor cannot be duplicated
     */
    static DirectUdpSender duplicating(int socketFd) {
        LibC libc;
        try {
            libc = NativeLibC.get();
        } catch (TransportException e) {
            DHCP4.debug("replies go through the event loop: {}", e.getMessage());
            return null;
        }
        int fd = libc.dup(socketFd);
        if (fd < 0) {
            DHCP4.debug("replies go through the event loop: dup failed: {}", NativeLibC.lastError(libc));
            return null;
        }
        return new DirectUdpSender(libc, fd);
    }

    /**
     * Sends {@code data} to {@code address:port} ({@code address} as {@link Ipv4Text#toInt} makes it). A failure
     * the kernel reports, other than a full buffer, is logged as Kea's DHCP4_PACKET_SEND_FAIL.
     *
     * @return false when the datagram was not handed to the kernel (closed, or the socket's buffer full): the caller
     *         sends it another way
     */
    boolean send(byte[] data, int address, int port) {
        Lock read = closing.readLock();
        if (!read.tryLock()) {
            return false;
        }
        try {
            if (closed) {
                return false;
            }
            long n = libc.sendto(fd, data, data.length, MSG_DONTWAIT, destination(address, port).sockaddr,
                    SOCKADDR_IN);
            if (n >= 0) {
                return true;
            }
            int errno = Runtime.getRuntime(libc).getLastError();
            if (errno == EAGAIN) {
                return false;
            }
            DHCP4.error("DHCP4_PACKET_SEND_FAIL failed to send DHCPv4 packet: {}", NativeLibC.describe(libc, errno));
            return true;
        } finally {
            read.unlock();
        }
    }

    /** Closes the duplicate once no send is using it. Idempotent. */
    void close() {
        Lock write = closing.writeLock();
        write.lock();
        try {
            if (!closed) {
                closed = true;
                libc.close(fd);
            }
        } finally {
            write.unlock();
        }
    }

    /** @return the socket address of the destination; the last one is kept (relays and clients repeat it) */
    private Destination destination(int address, int port) {
        Destination d = last;
        if (d == null || d.address != address || d.port != port) {
            d = new Destination(address, port);
            last = d;
        }
        return d;
    }

    /** A {@code sockaddr_in}, never changed once made. */
    private static final class Destination {
        final int address;
        final int port;
        final byte[] sockaddr;

        Destination(int address, int port) {
            this.address = address;
            this.port = port;
            ByteBuffer b = ByteBuffer.allocate(SOCKADDR_IN).order(ByteOrder.nativeOrder());
            b.putShort((short) AF_INET);
            b.order(ByteOrder.BIG_ENDIAN).putShort((short) port).putInt(address);
            this.sockaddr = b.array();
        }
    }
}
