package org.nestor.core.agent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.nestor.core.control.CommandChannel;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonParser;
import org.nestor.core.json.JsonWriter;

/** A daemon's control socket as Kea serves it: one command per connection, one object back, then close. */
final class FakeDaemonSocket implements AutoCloseable {
    private final ServerSocketChannel server;
    private final Thread thread;

    FakeDaemonSocket(Path path, CommandChannel daemon) throws IOException {
        Files.deleteIfExists(path);
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX).bind(UnixDomainSocketAddress.of(path));
        thread = new Thread(() -> serve(daemon), "fake-daemon");
        thread.setDaemon(true);
        thread.start();
    }

    private void serve(CommandChannel daemon) {
        while (server.isOpen()) {
            try (SocketChannel c = server.accept()) {
                ByteArrayOutputStream in = new ByteArrayOutputStream();
                ByteBuffer buf = ByteBuffer.allocate(4096);
                JsonObject request = null;
                while (request == null && c.read(buf.clear()) > 0) {
                    in.write(buf.array(), 0, buf.position());
                    try {
                        request = (JsonObject) new JsonParser().parse(in.toString(StandardCharsets.UTF_8), "sock");
                    } catch (Exception e) {
                        request = null;
                    }
                }
                if (request != null) {
                    c.write(ByteBuffer.wrap(JsonWriter.compact(daemon.execute(request))
                            .getBytes(StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    /** A daemon that answers with the command's name, so answers depend on requests. */
    static CommandChannel echo(String who) {
        return request -> org.nestor.core.control.http.ControlAnswers.answer(0, who + " ran "
                + org.nestor.core.control.http.ControlAnswers.stringMember(request, "command"),
                org.nestor.core.control.http.ControlAnswers.object(Map.of()));
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
