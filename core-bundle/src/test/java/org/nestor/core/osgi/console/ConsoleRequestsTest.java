package org.nestor.core.osgi.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.nestor.core.control.CommandChannel;
import org.nestor.core.control.http.ControlAnswers;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonWriter;

class ConsoleRequestsTest {
    private final AtomicReference<JsonObject> sent = new AtomicReference<>();
    private final CommandChannel channel = request -> {
        sent.set(request);
        return ControlAnswers.answer(0, "ran " + ControlAnswers.stringMember(request, "command"));
    };

    @Test
    void commandAndJsonArgumentsAreSentAsKeasRequest() {
        String out = ConsoleRequests.run(channel, "statistic-get", "{\"name\": \"pkt4-received\"}");
        assertEquals("{\"command\":\"statistic-get\",\"arguments\":{\"name\":\"pkt4-received\"}}",
                JsonWriter.compact(sent.get()));
        assertEquals(JsonWriter.pretty(ControlAnswers.answer(0, "ran statistic-get")), out);
    }

    @Test
    void commandWithoutArgumentsHasNoArgumentsMember() {
        ConsoleRequests.run(channel, "status-get", null);
        assertEquals("{\"command\":\"status-get\"}", JsonWriter.compact(sent.get()));
    }

    @Test
    void invalidArgumentsAreExplainedAndNothingIsSent() {
        String out = ConsoleRequests.run(channel, "config-set", "{\"Dhcp4\": ");
        assertTrue(out.startsWith("Invalid JSON arguments: arguments:1."), out);
        assertNull(sent.get());
    }

    @Test
    void withoutARunningServerTheConsoleSaysSo() {
        assertTrue(ConsoleRequests.run(null, "status-get", null).startsWith("No Nestor DHCPv4 server is running"));
    }
}
