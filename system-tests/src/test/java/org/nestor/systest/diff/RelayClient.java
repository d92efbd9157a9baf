package org.nestor.systest.diff;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Optional;
import org.nestor.core.wire.Dhcp4Codec;
import org.nestor.core.wire.Dhcp4Packet;
import org.nestor.core.wire.MalformedPacketException;

/**
 * A relay agent on loopback talking to one server: it listens on its relay address at the server's client port
 * ({@code -P}), where relayed replies arrive, and sends to 127.0.0.1 at the server port ({@code -p}).
 */
final class RelayClient implements AutoCloseable {
    private static final int MAX_DATAGRAM = 1500;

    private final DatagramSocket socket;
    private final InetSocketAddress server;

    RelayClient(InetAddress relay, ServerPorts ports) throws IOException {
        socket = new DatagramSocket(null);
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(relay, ports.client()));
        server = new InetSocketAddress(InetAddress.getLoopbackAddress(), ports.server());
    }

    /** Sends a datagram to the server. */
    void send(byte[] datagram) throws IOException {
        socket.send(new DatagramPacket(datagram, datagram.length, server));
    }

    /** Waits up to {@code wait} for a reply to {@code query} (same transaction ID) on this client's address. */
    Optional<Dhcp4Packet> await(byte[] query, Duration wait) throws IOException {
        int xid = query.length >= 8 ? ByteBuffer.wrap(query, 4, 4).getInt() : 0;
        long deadline = System.nanoTime() + wait.toNanos();
        byte[] buf = new byte[MAX_DATAGRAM];
        while (System.nanoTime() < deadline) {
            socket.setSoTimeout((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            DatagramPacket in = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(in);
            } catch (SocketTimeoutException e) {
                return Optional.empty();
            }
            Dhcp4Packet reply = decodeReply(buf, in.getLength());
            if (reply.xid == xid) {
                return Optional.of(reply);
            }
        }
        return Optional.empty();
    }

    private static Dhcp4Packet decodeReply(byte[] buf, int length) throws IOException {
        try {
            return Dhcp4Codec.decode(buf, 0, length);
        } catch (MalformedPacketException e) {
            throw new IOException("the server sent a reply the codec cannot decode: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
