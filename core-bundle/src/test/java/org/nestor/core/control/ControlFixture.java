package org.nestor.core.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nestor.core.json.JsonException;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonParser;
import org.nestor.core.server.CoreServerParts;
import org.nestor.core.server.Dhcp4Server;
import org.nestor.core.server.ServerPorts;
import org.nestor.core.server.ServerSettings;

/** A real DHCPv4 server on loopback (any free port) with its control socket, in a temporary directory. */
final class ControlFixture implements AutoCloseable {
    final Path dir;
    final Path configFile;
    final Dhcp4Server server;

    ControlFixture(Path dir) throws Exception {
        this(dir, config(dir, "alpha", "ctl.sock"));
    }

    ControlFixture(Path dir, String configText) throws Exception {
        this.dir = dir;
        this.configFile = Files.writeString(dir.resolve("kea-dhcp4.conf"), configText);
        this.server = new Dhcp4Server(new ServerSettings(configFile, new ServerPorts(0, 68), dir, dir),
                CoreServerParts.create(dir));
        server.start();
    }

    /** @return a configuration on {@code lo} with server-tag {@code tag} and control socket {@code socket} */
    static String config(Path dir, String tag, String socket) {
        return """
                {
                  // written by the control tests
                  "Dhcp4": {
                    "interfaces-config": { "interfaces": [ "lo" ], "dhcp-socket-type": "udp" },
                    "control-socket": { "socket-type": "unix", "socket-name": "%s" },
                    "server-tag": "%s",
                    "lease-database": { "type": "memfile", "name": "%s", "lfc-interval": 0 },
                    "subnet4": [ { "id": 1, "subnet": "127.0.0.0/8",
                                   "pools": [ { "pool": "127.0.0.10 - 127.0.0.20" } ] } ]
                  }
                }
                """.formatted(dir.resolve(socket), tag, dir.resolve("leases.csv"));
    }

    Path socket() {
        return dir.resolve("ctl.sock");
    }

    /** Parses {@code request} as a transport would and executes it on the server's command channel. */
    JsonObject run(String request) {
        try {
            return server.commands().execute(new JsonParser().parse(request, "<wire>"));
        } catch (JsonException e) {
            return fail("bad test request: " + e.getMessage());
        }
    }

    /** Executes {@code request} and checks the answer's result code and text. */
    JsonObject expect(int result, String text, String request) {
        JsonObject answer = run(request);
        assertEquals(result, ControlResult.code(answer), () -> "answer to " + request + ": " + answer);
        assertEquals(text, ControlResult.text(answer), () -> "answer to " + request + ": " + answer);
        return answer;
    }

    static JsonObject parse(String text) throws IOException {
        try {
            return (JsonObject) new JsonParser().parse(text, "<test>");
        } catch (JsonException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** {@link #parse} for texts known to be valid. */
    static JsonObject parse0(String text) {
        try {
            return parse(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
