package org.nestor.core.control.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonValue;
import org.nestor.core.json.JsonWriter;

/** The plain-HTTP endpoint on loopback, driven by a real HTTP client. */
class HttpControlServerTest {
    private final AtomicReference<JsonValue> received = new AtomicReference<>();
    private HttpControlServer server;

    /** Answers with the command's name as text, so each answer depends on its request. */
    private final ControlResponder echo = (request, remote) -> {
        received.set(request);
        String name = request instanceof JsonObject o ? ControlAnswers.stringMember(o, "command") : "?";
        return ControlAnswers.list(List.of(ControlAnswers.answer(0, name + " from " + remote)));
    };

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private URI start(HttpControlSettings settings) throws Exception {
        server = HttpControlServer.start(settings, echo, "kea-ctrl-agent");
        return URI.create("http://127.0.0.1:" + server.address().getPort() + "/");
    }

    static HttpResponse<String> post(URI uri, String body, String contentType, String basic) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (basic != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    basic.getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void postedCommandGoesToTheResponderAndItsAnswerIsTheBody() throws Exception {
        URI uri = start(HttpControlSettings.plain("127.0.0.1", 0));
        HttpResponse<String> r = post(uri, "{\"command\": \"version-get\"}", "application/json", null);
        assertEquals(200, r.statusCode());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals("[{\"result\":0,\"text\":\"version-get from 127.0.0.1\"}]", r.body());
        assertEquals("version-get", ControlAnswers.stringMember((JsonObject) received.get(), "command"));
    }

    @Test
    void anyPathIsServedAsKeasAgentDoes() throws Exception {
        URI uri = start(HttpControlSettings.plain("127.0.0.1", 0));
        HttpResponse<String> r = post(uri.resolve("/some/path"), "{\"command\": \"status-get\"}",
                "application/json", null);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("status-get"), r.body());
    }

    @Test
    void getIsABadRequestWithKeasErrorMap() throws Exception {
        URI uri = start(HttpControlSettings.plain("127.0.0.1", 0));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, r.statusCode());
        assertEquals("{\"result\":400,\"text\":\"Bad Request\"}", r.body());
    }

    @Test
    void bodyWithoutJsonContentTypeIsABadRequest() throws Exception {
        URI uri = start(HttpControlSettings.plain("127.0.0.1", 0));
        assertEquals(400, post(uri, "{\"command\": \"list-commands\"}", "text/plain", null).statusCode());
        assertEquals(400, post(uri, "{\"command\": \"list-commands\"}", null, null).statusCode());
        assertEquals(null, received.get());
    }

    @Test
    void invalidJsonIsABadRequestAndTheServerKeepsServing() throws Exception {
        URI uri = start(HttpControlSettings.plain("127.0.0.1", 0));
        HttpResponse<String> bad = post(uri, "{\"command\": ", "application/json", null);
        assertEquals(400, bad.statusCode());
        assertEquals("{\"result\":400,\"text\":\"Bad Request\"}", bad.body());
        assertEquals(200, post(uri, "{\"command\": \"list-commands\"}", "application/json", null).statusCode());
    }

    @Test
    void oversizedBodyIsRefusedWith413AndTheServerKeepsServing() throws Exception {
        URI uri = start(new HttpControlSettings("127.0.0.1", 0, Optional.empty(), Optional.empty(), 1024));
        String big = "{\"command\": \"config-set\", \"arguments\": {\"x\": \"" + "a".repeat(4000) + "\"}}";
        HttpResponse<String> r = post(uri, big, "application/json", null);
        assertEquals(413, r.statusCode());
        assertEquals("{\"result\":413,\"text\":\"Request Entity Too Large\"}", r.body());
        assertEquals(null, received.get());
        assertEquals(200, post(uri, "{\"command\": \"list-commands\"}", "application/json", null).statusCode());
    }

    @Test
    void requestWithoutCredentialsGets401WithTheRealm() throws Exception {
        URI uri = start(withAuth("nestor-test"));
        HttpResponse<String> r = post(uri, "{\"command\": \"list-commands\"}", "application/json", null);
        assertEquals(401, r.statusCode());
        assertEquals("Basic realm=\"nestor-test\"", r.headers().firstValue("WWW-Authenticate").orElse(""));
        assertEquals("{\"result\":401,\"text\":\"Unauthorized\"}", r.body());
        assertEquals(null, received.get());
    }

    @Test
    void wrongPasswordGets401AndTheRightOneIsServed() throws Exception {
        URI uri = start(withAuth("nestor-test"));
        assertEquals(401, post(uri, "{\"command\": \"list-commands\"}", "application/json", "admin:nope")
                .statusCode());
        assertEquals(401, post(uri, "{\"command\": \"list-commands\"}", "application/json", "other:s3cret")
                .statusCode());
        HttpResponse<String> ok = post(uri, "{\"command\": \"list-commands\"}", "application/json", "admin:s3cret");
        assertEquals(200, ok.statusCode());
        assertTrue(ok.body().contains("list-commands"), ok.body());
    }

    @Test
    void credentialsAreCheckedBeforeTheBodyIsParsed() throws Exception {
        URI uri = start(withAuth("r"));
        assertEquals(401, post(uri, "not json", "application/json", null).statusCode());
        assertEquals(400, post(uri, "not json", "application/json", "admin:s3cret").statusCode());
    }

    @Test
    void loopbackAndWildcardAddressesAreToldApart() {
        assertTrue(!HttpControlSettings.plain("127.0.0.1", 8000).exposedBeyondLoopback());
        assertTrue(!HttpControlSettings.plain("::1", 8000).exposedBeyondLoopback());
        assertTrue(HttpControlSettings.plain("0.0.0.0", 8000).exposedBeyondLoopback());
        assertTrue(HttpControlSettings.plain("192.0.2.1", 8000).exposedBeyondLoopback());
    }

    @Test
    void answerBodyIsTheResponderAnswerWrittenAsJson() throws Exception {
        URI uri = start(HttpControlSettings.plain("127.0.0.1", 0));
        String body = post(uri, "{\"command\": \"a\"}", "application/json", null).body();
        assertEquals(JsonWriter.compact(echo.respond(received.get(), "127.0.0.1")), body);
    }

    private static HttpControlSettings withAuth(String realm) {
        return new HttpControlSettings("127.0.0.1", 0, Optional.empty(), Optional.of(new BasicAuthSettings(realm,
                List.of(new BasicCredential("admin", "s3cret")))), HttpControlSettings.DEFAULT_MAX_BODY);
    }
}
