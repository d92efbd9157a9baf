package org.nestor.core.net;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import jnr.ffi.Memory;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;
import jnr.ffi.byref.IntByReference;

/**
 * One Linux packet socket (AF_PACKET, SOCK_RAW) bound to one interface for IPv4 frames, with the kernel filter of
 * {@link PacketFilter} attached before binding so no other traffic is ever queued. Reads time out every
 * {@link #READ_TIMEOUT_MILLIS} so a reader thread can notice that it should stop. Not thread-safe for reads;
 * sends may come from any thread.
 */
final class PacketSocket implements AutoCloseable {
    static final int READ_TIMEOUT_MILLIS = 250;
    private static final int AF_PACKET = 17;
    private static final int SOCK_RAW = 3;
    private static final int ETH_P_IP = 0x0800;
    private static final int SOL_SOCKET = 1;
    private static final int SO_RCVTIMEO = 20;
    private static final int SO_ATTACH_FILTER = 26;
    private static final int SOCKADDR_LL = 20;
    private static final int PACKET_OUTGOING = 4;

    private final LibC libc;
    private final int fd;
    private final int ifindex;
    private final byte[] from = new byte[SOCKADDR_LL];
    private volatile boolean closed;

    private PacketSocket(LibC libc, int fd, int ifindex) {
        this.libc = libc;
        this.fd = fd;
        this.ifindex = ifindex;
    }

    /**
     * @throws TransportException with the system's reason (e.g. "Operation not permitted" without CAP_NET_RAW)
     */
    static PacketSocket open(int ifindex, int udpPort) {
        LibC libc = NativeLibC.get();
        int fd = libc.socket(AF_PACKET, SOCK_RAW, 0);
        if (fd < 0) {
            throw new TransportException("cannot open a packet socket: " + NativeLibC.lastError(libc));
        }
        PacketSocket socket = new PacketSocket(libc, fd, ifindex);
        try {
            socket.attachFilter(PacketFilter.udpToPort(udpPort));
            socket.setReadTimeout();
            if (libc.bind(fd, socket.linkAddress(ETH_P_IP, new byte[0]), SOCKADDR_LL) != 0) {
                throw new TransportException("cannot bind a packet socket: " + NativeLibC.lastError(libc));
            }
        } catch (RuntimeException e) {
            socket.close();
            throw e;
        }
        return socket;
    }

    /**
     * Waits at most {@link #READ_TIMEOUT_MILLIS} for a frame received by this host (frames it sends are skipped).
     *
     * @return the frame's length in {@code buffer}, or -1 when none came
     */
    int receive(byte[] buffer) {
        long n = libc.recvfrom(fd, buffer, buffer.length, 0, from, new IntByReference(SOCKADDR_LL));
        if (n < 0 || from[10] == PACKET_OUTGOING) {
            return -1;
        }
        return (int) n;
    }

    /**
     * @param destinationMac the Ethernet destination
     * @throws TransportException when the kernel refuses the frame
     */
    void send(byte[] frame, byte[] destinationMac) {
        long n = libc.sendto(fd, frame, frame.length, 0, linkAddress(ETH_P_IP, destinationMac), SOCKADDR_LL);
        if (n != frame.length) {
            throw new TransportException(NativeLibC.lastError(libc));
        }
    }

    boolean isClosed() {
        return closed;
    }

    /** Closes the socket; a reader must have stopped reading first. Idempotent. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            libc.close(fd);
        }
    }

    private byte[] linkAddress(int protocol, byte[] mac) {
        ByteBuffer a = ByteBuffer.allocate(SOCKADDR_LL).order(ByteOrder.nativeOrder());
        a.putShort((short) AF_PACKET);
        a.order(ByteOrder.BIG_ENDIAN).putShort((short) protocol).order(ByteOrder.nativeOrder());
        a.putInt(ifindex).putShort((short) 0).put((byte) 0).put((byte) mac.length).put(mac);
        return a.array();
    }

    private void attachFilter(byte[] program) {
        Runtime runtime = Runtime.getRuntime(libc);
        Pointer code = Memory.allocateDirect(runtime, program.length);
        code.put(0, program, 0, program.length);
        Pointer fprog = Memory.allocateDirect(runtime, 16);
        fprog.putShort(0, (short) PacketFilter.length(program));
        fprog.putAddress(runtime.addressSize() == 8 ? 8 : 4, code.address());
        int rc = libc.setsockopt(fd, SOL_SOCKET, SO_ATTACH_FILTER, fprog, runtime.addressSize() == 8 ? 16 : 8);
        java.lang.ref.Reference.reachabilityFence(code);
        if (rc != 0) {
            throw new TransportException("cannot attach the packet filter: " + NativeLibC.lastError(libc));
        }
    }

    private void setReadTimeout() {
        ByteBuffer tv = ByteBuffer.allocate(16).order(ByteOrder.nativeOrder());
        tv.putLong(0).putLong(READ_TIMEOUT_MILLIS * 1000L);
        if (libc.setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, tv.array(), 16) != 0) {
            throw new TransportException("cannot set the read timeout: " + NativeLibC.lastError(libc));
        }
    }
}
