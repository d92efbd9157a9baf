package org.nestor.core.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nestor.core.json.JsonObject;

class UnixControlSocketTest {
    @TempDir
    Path dir;
    private final CommandDispatcher dispatcher = new CommandDispatcher();
    private UnixControlSocket socket;

    @AfterEach
    void close() {
        if (socket != null) {
            socket.close();
        }
    }

    private Path open(long timeoutMillis, int maxBytes) throws IOException {
        socket = UnixControlSocket.open(dir.resolve("s.sock"), dispatcher, timeoutMillis, maxBytes);
        return socket.path();
    }

    private JsonObject answer(String text) throws IOException {
        return ControlFixture.parse(UnixControlClient.send(socket.path(), text));
    }

    @Test
    void answersOneCommandPerConnectionWhileTheClientKeepsItsSideOpen() throws Exception {
        Path path = open(10_000, 1 << 20);
        try (SocketChannel client = SocketChannel.open(UnixDomainSocketAddress.of(path))) {
            client.write(ByteBuffer.wrap("{\"command\": \"list-commands\"}".getBytes(StandardCharsets.UTF_8)));
            String answer = readAll(client);
            assertEquals("{\"arguments\":[\"list-commands\"],\"result\":0}", answer);
        }
    }

    private static String readAll(SocketChannel client) throws IOException {
        StringBuilder sb = new StringBuilder();
        ByteBuffer in = ByteBuffer.allocate(4096);
        while (client.read(in.clear()) >= 0) {
            sb.append(new String(in.array(), 0, in.position(), StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    @Test
    void invalidJsonGetsAnErrorAnswerAndTheSocketKeepsServing() throws Exception {
        open(10_000, 1 << 20);
        JsonObject bad = answer("not json");
        assertEquals(1, ControlResult.code(bad));
        assertTrue(ControlResult.text(bad).startsWith("<wire>:1.1: "), bad::toString);
        assertEquals(0, ControlResult.code(answer("{\"command\": \"list-commands\"}")));
    }

    @Test
    void oversizedRequestGetsAnErrorAnswer() throws Exception {
        open(10_000, 1000);
        JsonObject big = answer("{\"command\": \"list-commands\", \"arguments\": {\"x\": \"" + "a".repeat(5000)
                + "\"}}");
        assertEquals(ControlResult.answer(1, "Command too large: more than 1000 bytes received"), big);
        assertEquals(0, ControlResult.code(answer("{\"command\": \"list-commands\"}")));
    }

    @Test
    void requestThatDoesNotArriveInTimeGetsKeasTimeoutAnswer() throws Exception {
        Path path = open(200, 1 << 20);
        try (SocketChannel client = SocketChannel.open(UnixDomainSocketAddress.of(path))) {
            client.write(ByteBuffer.wrap("{\"command\": \"list-co".getBytes(StandardCharsets.UTF_8)));
            assertEquals(ControlResult.answer(1, "Connection over control channel timed out"),
                    ControlFixture.parse(readAll(client)));
        }
    }

    @Test
    void closeRemovesTheSocketFile() throws Exception {
        Path path = open(10_000, 1 << 20);
        assertTrue(Files.exists(path));
        socket.close();
        socket = null;
        assertFalse(Files.exists(path));
        assertThrows(IOException.class, () -> UnixControlClient.send(path, "{}"));
    }

    @Test
    void staleSocketFileIsReplacedButALiveSocketIsNotStolen() throws Exception {
        Path path = dir.resolve("s.sock");
        Files.writeString(path, "left over by a crash");
        open(10_000, 1 << 20);
        assertEquals(0, ControlResult.code(answer("{\"command\": \"list-commands\"}")));
        IOException e = assertThrows(IOException.class, () -> UnixControlSocket.open(path, dispatcher));
        assertTrue(e.getMessage().contains("in use"), e.getMessage());
    }
}
