package org.nestor.core.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nestor.core.control.CommandChannel;
import org.nestor.core.control.http.ControlAnswers;
import org.nestor.core.json.JsonParser;
import org.nestor.core.json.JsonValue;
import org.nestor.core.json.JsonWriter;

/** The list shape of the agent's answers, per service, as kea-ctrl-agent 2.2 answers the same requests. */
class AgentResponderTest {
    private final CommandChannel own = request -> "list-commands".equals(
            ControlAnswers.stringMember(request, "command")) ? ControlAnswers.answer(0, "agent")
            : ControlAnswers.answer(2, "'" + ControlAnswers.stringMember(request, "command")
                    + "' command not supported.");
    private final AgentResponder responder = new AgentResponder(own,
            () -> Map.of("dhcp4", FakeDaemonSocket.echo("dhcp4")));

    private String respond(String request) throws Exception {
        JsonValue v = new JsonParser().parse(request, "test");
        return JsonWriter.compact(responder.respond(v, "127.0.0.1"));
    }

    @Test
    void oneElementPerServiceInOrderWithUnconfiguredServicesFailing() throws Exception {
        assertEquals("[{\"arguments\":{ },\"result\":0,\"text\":\"dhcp4 ran version-get\"},"
                + "{\"result\":1,\"text\":\"forwarding socket is not configured for the server type dhcp6\"},"
                + "{\"arguments\":{ },\"result\":0,\"text\":\"dhcp4 ran version-get\"}]",
                respond("{\"command\": \"version-get\", \"service\": [\"dhcp4\", \"dhcp6\", \"dhcp4\"]}"));
    }

    @Test
    void withoutServiceOrWithAnEmptyListTheAgentAnswersInAList() throws Exception {
        assertEquals("[{\"result\":0,\"text\":\"agent\"}]", respond("{\"command\": \"list-commands\"}"));
        assertEquals("[{\"result\":0,\"text\":\"agent\"}]",
                respond("{\"command\": \"list-commands\", \"service\": []}"));
    }

    @Test
    void unsupportedCommandWithoutServiceGetsKeasHint() throws Exception {
        assertEquals("[{\"result\":2,\"text\":\"'foo' command not supported." + AgentResponder.SERVICE_HINT
                .replace("\"", "\\\"") + "\"}]", respond("{\"command\": \"foo\"}"));
    }

    @Test
    void malformedCommandsGetKeasProcessingErrors() throws Exception {
        assertEquals("[{\"result\":1,\"text\":\"Error during command processing: Invalid command Element "
                + "specified, expected map\"}]", respond("[1]"));
        assertEquals("[{\"result\":1,\"text\":\"Error during command processing: Invalid answer specified, "
                + "does not contain mandatory 'command'\"}]", respond("{\"arguments\": {}}"));
        assertEquals("[{\"result\":1,\"text\":\"service value must be a list\"}]",
                respond("{\"command\": \"list-commands\", \"service\": \"dhcp4\"}"));
    }
}
