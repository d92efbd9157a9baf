package org.nestor.core.control.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS and mutual TLS on loopback with a CA made for the test by openssl. */
class HttpsControlServerTest {
    @TempDir
    static Path dir;
    static TestCa ca;
    static TestCa rogue;
    static TestCa.TlsFiles serverFiles;
    static TestCa.TlsFiles client;
    static TestCa.TlsFiles rogueClient;

    private HttpControlServer server;

    @BeforeAll
    static void makeCertificates() throws Exception {
        ca = TestCa.create(dir, "test");
        rogue = TestCa.create(dir, "rogue");
        serverFiles = ca.issue("server");
        client = ca.issue("client");
        rogueClient = rogue.issue("client");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private URI start(Path trustAnchor, boolean certRequired) throws IOException {
        HttpControlSettings settings = new HttpControlSettings("127.0.0.1", 0, Optional.of(new TlsSettings(
                trustAnchor, serverFiles.cert(), serverFiles.key(), certRequired)), Optional.empty(), 1 << 20);
        server = HttpControlServer.start(settings, (request, remote) ->
                ControlAnswers.list(List.of(ControlAnswers.answer(0, "over TLS"))), "kea-ctrl-agent");
        return URI.create("https://127.0.0.1:" + server.address().getPort() + "/");
    }

    private static HttpResponse<String> post(URI uri, SSLContext ssl) throws Exception {
        return HttpClient.newBuilder().sslContext(ssl).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build()
                .send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"command\":\"list-commands\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void clientWithACertificateFromTheTrustAnchorIsServed() throws Exception {
        URI uri = start(ca.caCert(), true);
        HttpResponse<String> r = post(uri, client.clientContext(ca.caCert()));
        assertEquals(200, r.statusCode());
        assertEquals("[{\"result\":0,\"text\":\"over TLS\"}]", r.body());
    }

    @Test
    void clientWithoutACertificateIsRejectedWhenCertRequired() throws Exception {
        URI uri = start(ca.caCert(), true);
        assertThrows(IOException.class, () -> post(uri, TestCa.anonymousClient(ca.caCert())));
    }

    @Test
    void clientWithACertificateFromAnotherCaIsRejected() throws Exception {
        URI uri = start(ca.caCert(), true);
        assertThrows(IOException.class, () -> post(uri, rogueClient.clientContext(ca.caCert())));
    }

    @Test
    void clientWithoutACertificateIsServedWhenCertNotRequired() throws Exception {
        URI uri = start(ca.caCert(), false);
        assertEquals(200, post(uri, TestCa.anonymousClient(ca.caCert())).statusCode());
    }

    @Test
    void trustAnchorMayBeADirectoryOfCertificates() throws Exception {
        Path anchors = Files.createDirectories(dir.resolve("anchors"));
        Files.copy(ca.caCert(), anchors.resolve("test-ca.pem"));
        URI uri = start(anchors, true);
        assertEquals(200, post(uri, client.clientContext(ca.caCert())).statusCode());
    }

    @Test
    void unreadableKeyIsAClearStartError() {
        HttpControlSettings settings = new HttpControlSettings("127.0.0.1", 0, Optional.of(new TlsSettings(
                ca.caCert(), serverFiles.cert(), dir.resolve("missing-key.pem"), true)), Optional.empty(), 1024);
        IOException e = assertThrows(IOException.class, () -> HttpControlServer.start(settings,
                (request, remote) -> request, "kea-ctrl-agent"));
        assertEquals(true, e.getMessage().contains("missing-key.pem"), e.getMessage());
    }
}
