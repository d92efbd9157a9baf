package org.nestor.core.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nestor.core.control.http.ControlAnswers;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonParser;

class UnixSocketChannelTest {
    @TempDir
    Path dir;

    private static JsonObject command(String text) throws Exception {
        return (JsonObject) new JsonParser().parse(text, "test");
    }

    @Test
    void commandIsWrittenToTheSocketAndTheDaemonsAnswerReturned() throws Exception {
        Path sock = dir.resolve("d4.sock");
        try (FakeDaemonSocket daemon = new FakeDaemonSocket(sock, FakeDaemonSocket.echo("dhcp4"))) {
            JsonObject answer = new UnixSocketChannel("dhcp4", sock).execute(command("{\"command\": \"status-get\"}"));
            assertEquals("dhcp4 ran status-get", ControlAnswers.stringMember(answer, "text"));
        }
    }

    @Test
    void missingSocketIsResultOneWithTheAgentsOfflineText() throws Exception {
        JsonObject answer = new UnixSocketChannel("dhcp4", dir.resolve("none.sock"))
                .execute(command("{\"command\": \"status-get\"}"));
        assertEquals(1L, ((org.nestor.core.json.JsonNumber) answer.get("result")).longValue());
        assertEquals(true, ControlAnswers.stringMember(answer, "text").matches(
                "unable to forward command to the dhcp4 service: .*\\. The server is likely to be offline"),
                ControlAnswers.stringMember(answer, "text"));
    }
}
