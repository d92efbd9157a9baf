package org.nestor.core.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nestor.core.json.JsonArray;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonParser;

/** A real server with Kea 3's {@code control-sockets}: http entries asked over loopback with basic auth, unix entries. */
class ControlSocketsServerTest {
    @TempDir
    Path dir;

    private Dhcp4Server server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    private Path config(String name, String user, String password) throws IOException {
        String base = TestConfigs.onLoopback(name, dir.resolve("leases.csv").toString());
        String sockets = """
                "control-sockets": [ { "socket-type": "http", "socket-address": "127.0.0.1", "socket-port": 0,
                  "authentication": { "type": "basic", "realm": "nestor",
                                      "clients": [ { "user": "%s", "password": "%s" } ] } } ],
                """.formatted(user, password);
        return FakeParts.writeConfig(dir, name + ".conf", base.replace("\"Dhcp4\": {", "\"Dhcp4\": {" + sockets));
    }

    private Dhcp4Server start(Path config) throws Exception {
        Dhcp4Server s = new Dhcp4Server(new ServerSettings(config, new ServerPorts(0, 68), dir, dir),
                new FakeParts().parts(dir));
        s.start();
        return s;
    }

    private HttpResponse<String> post(String command, String credentials) throws Exception {
        InetSocketAddress address = server.httpControlAddresses().get(0);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + address.getPort() + "/"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"command\": \"" + command + "\"}"));
        if (credentials != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject firstAnswer(HttpResponse<String> r) throws Exception {
        assertEquals(200, r.statusCode(), r.body());
        return (JsonObject) ((JsonArray) new JsonParser().parse(r.body(), "answer")).get(0);
    }

    @Test
    void listCommandsAndConfigGetAnswerOverTheDaemonsOwnHttpSocket() throws Exception {
        server = start(config("first", "admin", "s3cret"));

        JsonObject list = firstAnswer(post("list-commands", "admin:s3cret"));
        assertEquals(0, ((org.nestor.core.json.JsonNumber) list.get("result")).longValue());
        assertTrue(list.get("arguments").toString().contains("\"config-get\""), list.toString());

        JsonObject config = firstAnswer(post("config-get", "admin:s3cret"));
        assertTrue(config.get("arguments").toString().contains("\"server-tag\""), config.toString());
    }

    @Test
    void wrongOrMissingCredentialsAreRefusedWith401() throws Exception {
        server = start(config("first", "admin", "s3cret"));

        assertEquals(401, post("list-commands", "admin:wrong").statusCode());
        assertEquals(401, post("list-commands", null).statusCode());
    }

    @Test
    void reloadMovesTheEndpointToTheNewCredentialsAndStopClosesIt() throws Exception {
        server = start(config("first", "admin", "s3cret"));
        assertTrue(server.reload(config("second", "ops", "other")));

        assertEquals(401, post("list-commands", "admin:s3cret").statusCode());
        assertEquals(200, post("list-commands", "ops:other").statusCode());
        int port = server.httpControlAddresses().get(0).getPort();
        server.stop();

        assertTrue(server.httpControlAddresses().isEmpty());
        assertThrows(IOException.class, () -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/")).POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(), HttpResponse.BodyHandlers.ofString()));
    }

    @Test
    void httpsEntryWithMissingCertificateFilesFailsTheStart() throws Exception {
        Path conf = config("first", "admin", "s3cret");
        Files.writeString(conf, Files.readString(conf).replace("\"socket-type\": \"http\"",
                "\"socket-type\": \"https\", \"trust-anchor\": \"ca.pem\", \"cert-file\": \"c.pem\", "
                        + "\"key-file\": \"k.pem\""));

        assertThrows(ServerStartException.class, () -> start(conf));
    }

    @Test
    void unixEntriesOfControlSocketAndControlSocketsAreAllServedAndRemovedOnStop() throws Exception {
        Path a = dir.resolve("a.sock");
        Path b = dir.resolve("b.sock");
        String sockets = """
                "control-socket": { "socket-type": "unix", "socket-name": "%s" },
                "control-sockets": [ { "socket-type": "unix", "socket-name": "%s" } ],
                """.formatted(a, b);
        Path conf = FakeParts.writeConfig(dir, "unix.conf", TestConfigs.onLoopback("u",
                dir.resolve("leases.csv").toString()).replace("\"Dhcp4\": {", "\"Dhcp4\": {" + sockets));
        server = start(conf);

        assertTrue(Files.exists(a) && Files.exists(b));
        server.stop();
        assertTrue(!Files.exists(a) && !Files.exists(b));
    }
}
