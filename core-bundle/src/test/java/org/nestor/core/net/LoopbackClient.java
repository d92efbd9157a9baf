package org.nestor.core.net;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;

/** A plain JDK UDP socket on loopback playing the client or relay side of a test. */
public final class LoopbackClient implements AutoCloseable {
    private final DatagramSocket socket;

    public LoopbackClient(InetSocketAddress bindTo) throws IOException {
        socket = new DatagramSocket(null);
        socket.setBroadcast(true);
        socket.bind(bindTo);
        socket.setSoTimeout(5000);
    }

    public static LoopbackClient onLoopback() throws IOException {
        return new LoopbackClient(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    public int port() {
        return socket.getLocalPort();
    }

    public void sendTo(int port, byte[] data) throws IOException {
        socket.send(new DatagramPacket(data, data.length, InetAddress.getLoopbackAddress(), port));
    }

    /** @return the next datagram's payload, failing after 5 s */
    public byte[] receive() throws IOException {
        DatagramPacket p = new DatagramPacket(new byte[2048], 2048);
        socket.receive(p);
        return Arrays.copyOf(p.getData(), p.getLength());
    }

    @Override
    public void close() {
        socket.close();
    }
}
