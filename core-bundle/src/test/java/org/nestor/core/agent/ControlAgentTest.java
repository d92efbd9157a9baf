package org.nestor.core.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nestor.core.control.http.ControlAnswers;
import org.nestor.core.json.JsonArray;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonParser;

/** The agent end to end: its configuration file, HTTP with generated credentials, a daemon behind a UNIX socket. */
class ControlAgentTest {
    @TempDir
    Path dir;
    private Path config;
    private FakeDaemonSocket daemon;
    private ControlAgent agent;

    @BeforeEach
    void start() throws Exception {
        daemon = new FakeDaemonSocket(dir.resolve("kea4.sock"), FakeDaemonSocket.echo("dhcp4"));
        config = dir.resolve("agent.json");
        Files.writeString(config, """
                // the shipped style: loopback, a password generated at first start
                { "Control-agent": {
                    "http-host": "127.0.0.1", "http-port": 0,
                    "authentication": { "type": "basic", "realm": "nestor", "directory": "credentials",
                        "clients": [ { "user": "nestor", "password-file": "api-password" } ] },
                    "control-sockets": { "dhcp4": { "socket-type": "unix", "socket-name": "kea4.sock" } },
                    "user-context": { "nestor": { "generate-password-files": true } } } }
                """);
        agent = ControlAgent.start(config, Map.of());
    }

    @AfterEach
    void stop() throws Exception {
        agent.close();
        daemon.close();
    }

    private JsonArray post(String body) throws Exception {
        String password = Files.readString(dir.resolve("credentials/api-password")).strip();
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + agent.address().getPort() + "/"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("nestor:" + password)
                        .getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return (JsonArray) new JsonParser().parse(r.body(), "answer");
    }

    private static String text(JsonArray answers, int i) {
        return ControlAnswers.stringMember((JsonObject) answers.get(i), "text");
    }

    @Test
    void commandForAServiceIsForwardedToItsSocket() throws Exception {
        JsonArray answers = post("{\"command\": \"status-get\", \"service\": [\"dhcp4\"]}");
        assertEquals(1, answers.size());
        assertEquals("dhcp4 ran status-get", text(answers, 0));
    }

    @Test
    void configWriteProducesAFileThatReadsBackToTheSameConfigGet() throws Exception {
        JsonObject before = (JsonObject) ((JsonObject) post("{\"command\": \"config-get\"}").get(0)).get("arguments");
        Path copy = dir.resolve("copy.json");
        JsonArray written = post("{\"command\": \"config-write\", \"arguments\": {\"filename\": \"" + copy + "\"}}");
        assertEquals("Configuration written to " + copy + " successful", text(written, 0));
        AgentConfig reread = new AgentConfigParser().parseFile(copy);
        assertEquals(before.get("Control-agent"), reread.section());
        assertEquals(agent.config().http(), reread.http());
    }

    @Test
    void configSetReplacesTheServicesAndABadOneChangesNothing() throws Exception {
        JsonArray bad = post("{\"command\": \"config-set\", \"arguments\": {\"Control-agent\": {\"http-port\": \"x\"}}}");
        assertEquals(1L, ((org.nestor.core.json.JsonNumber) ((JsonObject) bad.get(0)).get("result")).longValue());
        assertEquals("dhcp4 ran status-get", text(post("{\"command\": \"status-get\", \"service\": [\"dhcp4\"]}"), 0));

        JsonObject section = agent.config().section();
        String withoutSockets = "{\"command\": \"config-set\", \"arguments\": {\"Control-agent\": {\"http-host\": "
                + "\"127.0.0.1\", \"http-port\": 0, \"authentication\": " + org.nestor.core.json.JsonWriter.compact(
                section.get("authentication")) + "}}}";
        assertEquals("Configuration applied successfully.", text(post(withoutSockets), 0));
        assertEquals("forwarding socket is not configured for the server type dhcp4",
                text(post("{\"command\": \"status-get\", \"service\": [\"dhcp4\"]}"), 0));
    }

    @Test
    void agentListsItsOwnCommandsAsKeasAgentDoes() throws Exception {
        JsonObject answer = (JsonObject) post("{\"command\": \"list-commands\"}").get(0);
        assertEquals(ControlAnswers.strings(AgentCommands.NAMES), answer.get("arguments"));
        assertTrue(AgentCommands.NAMES.contains("config-write"));
    }

    @Test
    void inProcessServiceIsPreferredToTheConfiguredSocket() throws Exception {
        agent.close();
        agent = ControlAgent.start(config, Map.of("dhcp4", FakeDaemonSocket.echo("in-process")));
        assertEquals("in-process ran status-get",
                text(post("{\"command\": \"status-get\", \"service\": [\"dhcp4\"]}"), 0));
    }
}
