package org.nestor.core.osgi.console;

import java.util.ArrayList;
import java.util.List;
import org.nestor.core.control.CommandChannel;
import org.nestor.core.control.http.ControlAnswers;
import org.nestor.core.json.JsonException;
import org.nestor.core.json.JsonMember;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonParser;
import org.nestor.core.json.JsonPosition;
import org.nestor.core.json.JsonValue;
import org.nestor.core.json.JsonWriter;

/** What the console commands do, free of Karaf types: build Kea's request, run it, print the answer. */
final class ConsoleRequests {
    private ConsoleRequests() {
    }

    /**
     * @param channel the daemon's channel, or null when no server is running
     * @param command the command name
     * @param argumentsJson the arguments as JSON text, or null for none
     * @return the answer as indented JSON, or a one-line explanation when the command cannot be sent
     */
    static String run(CommandChannel channel, String command, String argumentsJson) {
        if (channel == null) {
            return "No Nestor DHCPv4 server is running in this container (no CommandChannel service).";
        }
        List<JsonMember> members = new ArrayList<>();
        members.add(new JsonMember("command", JsonPosition.NONE, ControlAnswers.string(command)));
        if (argumentsJson != null && !argumentsJson.isBlank()) {
            try {
                JsonValue arguments = new JsonParser().parse(argumentsJson, "arguments");
                members.add(new JsonMember("arguments", JsonPosition.NONE, arguments));
            } catch (JsonException e) {
                return "Invalid JSON arguments: " + e.getMessage();
            }
        }
        JsonObject answer = channel.execute(new JsonObject(members, JsonPosition.NONE, JsonPosition.NONE));
        return JsonWriter.pretty(answer);
    }
}
