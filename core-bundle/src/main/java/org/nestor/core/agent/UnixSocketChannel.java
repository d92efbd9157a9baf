package org.nestor.core.agent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.nestor.core.control.CommandChannel;
import org.nestor.core.control.http.ControlAnswers;
import org.nestor.core.json.JsonException;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonParser;
import org.nestor.core.json.JsonValue;
import org.nestor.core.json.JsonWriter;

/**
 * A daemon reached through its Kea control socket: one connection per command, the command written, the answer
 * read until it is a complete JSON object or the daemon closes. Works with Nestor's socket and Kea's. Failures
 * are answers with result 1 and the agent's wording.
 */
public final class UnixSocketChannel implements CommandChannel {
    /** Kea's agent gives a daemon 60 s to answer. */
    static final Duration FORWARD_TIMEOUT = Duration.ofSeconds(60);

    private final String service;
    private final Path socket;
    private final Duration timeout;

    public UnixSocketChannel(String service, Path socket) {
        this(service, socket, FORWARD_TIMEOUT);
    }

    UnixSocketChannel(String service, Path socket, Duration timeout) {
        this.service = service;
        this.socket = socket;
        this.timeout = timeout;
    }

    @Override
    public JsonObject execute(JsonObject request) {
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.connect(UnixDomainSocketAddress.of(socket));
            ByteBuffer out = ByteBuffer.wrap(JsonWriter.compact(request).getBytes(StandardCharsets.UTF_8));
            while (out.hasRemaining()) {
                ch.write(out);
            }
            return readAnswer(ch);
        } catch (IOException e) {
            return ControlAnswers.answer(ControlAnswers.ERROR, "unable to forward command to the " + service
                    + " service: " + e.getMessage() + ". The server is likely to be offline");
        }
    }

    private JsonObject readAnswer(SocketChannel ch) throws IOException {
        ch.configureBlocking(false);
        long deadline = System.nanoTime() + timeout.toNanos();
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        ByteBuffer buf = ByteBuffer.allocate(65536);
        try (Selector selector = Selector.open()) {
            ch.register(selector, SelectionKey.OP_READ);
            while (true) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    throw new IOException("Connection timed out");
                }
                selector.select(left);
                selector.selectedKeys().clear();
                int n = ch.read(buf.clear());
                if (n > 0) {
                    received.write(buf.array(), 0, n);
                }
                JsonObject answer = n < 0 || endsWithBrace(buf, n) ? parse(received, n < 0) : null;
                if (answer != null) {
                    return answer;
                }
            }
        }
    }

    private static boolean endsWithBrace(ByteBuffer buf, int n) {
        for (int i = n - 1; i >= 0; i--) {
            byte b = buf.get(i);
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return b == '}';
            }
        }
        return false;
    }

    /** @return the answer when complete; null to keep reading; at end of stream an incomplete answer fails */
    private JsonObject parse(ByteArrayOutputStream received, boolean ended) throws IOException {
        try {
            JsonValue v = new JsonParser().parse(received.toString(StandardCharsets.UTF_8), service);
            if (v instanceof JsonObject o) {
                return o;
            }
            throw new IOException("the answer is not a map");
        } catch (JsonException e) {
            if (ended) {
                throw new IOException(received.size() == 0 ? "the server closed the connection without answering"
                        : "invalid answer: " + e.getMessage());
            }
            return null;
        }
    }
}
