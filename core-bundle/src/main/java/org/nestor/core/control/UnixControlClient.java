package org.nestor.core.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.nestor.core.json.JsonException;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonParser;
import org.nestor.core.json.JsonValue;
import org.nestor.core.json.JsonWriter;

/**
 * A client of Kea's UNIX control socket (Nestor's or Kea's): sends one command, reads the answer until the server
 * closes the connection, as {@code socat UNIX:/path -} does.
 */
public final class UnixControlClient {
    private UnixControlClient() {
    }

    /** @return the raw answer text to {@code request} */
    public static String send(Path socket, String request) throws IOException {
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            ByteBuffer out = ByteBuffer.wrap(request.getBytes(StandardCharsets.UTF_8));
            while (out.hasRemaining()) {
                channel.write(out);
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            ByteBuffer in = ByteBuffer.allocate(64 * 1024);
            while (channel.read(in.clear()) >= 0) {
                answer.write(in.array(), 0, in.position());
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    /**
     * @return the answer to {@code request}
     * @throws IOException when the socket cannot be reached or the answer is not a JSON object
     */
    public static JsonObject execute(Path socket, JsonObject request) throws IOException {
        String text = send(socket, JsonWriter.compact(request));
        try {
            JsonValue answer = new JsonParser().parse(text, "<answer>");
            if (answer instanceof JsonObject object) {
                return object;
            }
            throw new IOException("the answer is not a JSON object: " + text);
        } catch (JsonException e) {
            throw new IOException("the answer is not JSON (" + e.getMessage() + "): " + text, e);
        }
    }
}
