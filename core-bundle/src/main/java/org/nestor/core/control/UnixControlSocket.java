package org.nestor.core.control;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.nestor.core.json.JsonException;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonParser;
import org.nestor.core.json.JsonWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kea's UNIX control socket: one JSON command per connection, one JSON object in answer, then the connection is
 * closed. A request that does not arrive whole within the receive timeout (Kea: 10 s), that is too large or that
 * is not JSON gets an error answer; the server is not affected. The socket file is removed on close.
 */
public final class UnixControlSocket implements AutoCloseable {
    /** Kea's {@code TIMEOUT_DHCP_SERVER_RECEIVE_COMMAND}. */
    public static final long RECEIVE_TIMEOUT_MILLIS = 10_000;
    /** Largest request accepted: room for very large configurations in config-set. */
    public static final int MAX_REQUEST_BYTES = 64 * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger("kea-dhcp4.commands");
    private static final int HANDLER_THREADS = 4;

    private final Path path;
    private final CommandDispatcher dispatcher;
    private final ServerSocketChannel server;
    private final long timeoutMillis;
    private final int maxBytes;
    private final ThreadGroup handlers = new ThreadGroup("nestor-control");
    private final ExecutorService pool;
    private final ScheduledExecutorService timeouts;
    private final Thread acceptor;

    private UnixControlSocket(Path path, CommandDispatcher dispatcher, ServerSocketChannel server,
                              long timeoutMillis, int maxBytes) {
        this.path = path;
        this.dispatcher = dispatcher;
        this.server = server;
        this.timeoutMillis = timeoutMillis;
        this.maxBytes = maxBytes;
        this.pool = Executors.newFixedThreadPool(HANDLER_THREADS, r -> daemon(r, "nestor-control-command"));
        this.timeouts = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "nestor-control-timeout"));
        this.acceptor = daemon(this::acceptLoop, "nestor-control-accept");
    }

    /** Opens {@code path} with Kea's timeout and Nestor's size limit. */
    public static UnixControlSocket open(Path path, CommandDispatcher dispatcher) throws IOException {
        return open(path, dispatcher, RECEIVE_TIMEOUT_MILLIS, MAX_REQUEST_BYTES);
    }

    /**
     * Binds {@code path} (replacing a stale socket file nobody listens on) and starts serving.
     *
     * @throws IOException when another process serves that socket or it cannot be bound
     */
    public static UnixControlSocket open(Path path, CommandDispatcher dispatcher, long timeoutMillis, int maxBytes)
            throws IOException {
        removeStale(path);
        ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.bind(UnixDomainSocketAddress.of(path));
        } catch (IOException e) {
            channel.close();
            throw new IOException("cannot bind control socket " + path + ": " + e.getMessage(), e);
        }
        UnixControlSocket socket = new UnixControlSocket(path, dispatcher, channel, timeoutMillis, maxBytes);
        socket.acceptor.start();
        LOG.info("COMMAND_ACCEPTOR_START Starting to accept connections via unix domain socket bound to {}", path);
        return socket;
    }

    private static void removeStale(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        if (someoneListens(path)) {
            throw new IOException("control socket " + path + " is in use by another process");
        }
        Files.deleteIfExists(path);
    }

    private static boolean someoneListens(Path path) {
        try (SocketChannel probe = SocketChannel.open(UnixDomainSocketAddress.of(path))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private Thread daemon(Runnable r, String name) {
        Thread t = new Thread(handlers, r, name);
        t.setDaemon(true);
        return t;
    }

    /** @return the socket file */
    public Path path() {
        return path;
    }

    private void acceptLoop() {
        while (server.isOpen()) {
            try {
                SocketChannel client = server.accept();
                pool.execute(() -> serve(client));
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException | java.util.concurrent.RejectedExecutionException e) {
                if (server.isOpen()) {
                    LOG.warn("COMMAND_SOCKET_ACCEPT_FAIL Failed to accept incoming connection: {}", e.getMessage());
                }
            }
        }
    }

    private void serve(SocketChannel client) {
        ScheduledFuture<?> timeout = timeouts.schedule(() -> timedOut(client), timeoutMillis, TimeUnit.MILLISECONDS);
        try (client) {
            JsonObject answer = answer(client);
            if (answer != null && timeout.cancel(false)) {
                write(client, answer);
            }
        } catch (IOException e) {
            LOG.debug("COMMAND_SOCKET_READ_FAIL Encountered error {} while reading from socket", e.getMessage());
        } finally {
            timeout.cancel(false);
        }
    }

    /** @return the answer to send, or null when the client went away before a whole request came */
    private JsonObject answer(SocketChannel client) throws IOException {
        RequestFraming framing = new RequestFraming();
        ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
        while (true) {
            if (!buf.hasRemaining()) {
                buf = ByteBuffer.allocate(buf.capacity() * 2).put(buf.flip());
            }
            int n = client.read(buf);
            if (n < 0) {
                return buf.position() == 0 ? null : execute(buf);
            }
            if (buf.position() > maxBytes) {
                return ControlResult.answer(ControlResult.ERROR, "Command too large: more than " + maxBytes
                        + " bytes received");
            }
            if (framing.complete(buf.array(), buf.position())) {
                return execute(buf);
            }
        }
    }

    private JsonObject execute(ByteBuffer request) {
        String text = new String(request.array(), 0, request.position(), StandardCharsets.UTF_8);
        try {
            return dispatcher.execute(new JsonParser().parse(text, "<wire>"));
        } catch (JsonException e) {
            return ControlResult.answer(ControlResult.ERROR, e.getMessage());
        }
    }

    /** Kea answers a request that did not arrive in time, then drops the connection. */
    private void timedOut(SocketChannel client) {
        LOG.warn("COMMAND_SOCKET_READ_TIMEOUT Timeout occurred while reading from command socket");
        try (client) {
            write(client, ControlResult.answer(ControlResult.ERROR, "Connection over control channel timed out"));
        } catch (IOException e) {
            LOG.debug("COMMAND_SOCKET_WRITE_FAIL Error while writing to the command socket: {}", e.getMessage());
        }
    }

    private static void write(SocketChannel client, JsonObject answer) throws IOException {
        ByteBuffer out = ByteBuffer.wrap(JsonWriter.compact(answer).getBytes(StandardCharsets.UTF_8));
        while (out.hasRemaining()) {
            client.write(out);
        }
    }

    /**
     * Stops accepting, lets commands in progress finish (bounded), removes the socket file. Safe to call from a
     * command being served on this socket (config-set moving the socket, shutdown).
     */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            LOG.debug("COMMAND_SOCKET_CLOSE_FAIL {}", e.getMessage());
        }
        pool.shutdown();
        if (Thread.currentThread().getThreadGroup() != handlers) {
            try {
                pool.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        timeouts.shutdown();
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.warn("COMMAND_SOCKET_CLOSE_FAIL cannot remove socket file {}: {}", path, e.getMessage());
        }
        LOG.info("COMMAND_ACCEPTOR_STOP Stopping to accept connections via unix domain socket bound to {}", path);
    }
}
