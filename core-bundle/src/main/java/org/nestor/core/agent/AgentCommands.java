package org.nestor.core.agent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nestor.core.config.ConfigException;
import org.nestor.core.control.CommandChannel;
import org.nestor.core.control.http.ControlAnswers;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonValue;
import org.nestor.core.json.JsonWriter;
import org.nestor.core.server.NestorVersion;

/**
 * The commands the agent answers itself (a request without {@code service}), with the Kea agent's names, texts
 * and argument shapes. config-set, config-test and config-reload take effect only when the whole configuration
 * is valid.
 */
public final class AgentCommands implements CommandChannel {
    /** The agent's commands, in Kea's order. */
    public static final List<String> NAMES = List.of("build-report", "config-get", "config-reload", "config-set",
            "config-test", "config-write", "list-commands", "shutdown", "status-get", "version-get");

    private final AgentRuntime agent;

    public AgentCommands(AgentRuntime agent) {
        this.agent = agent;
    }

    @Override
    public JsonObject execute(JsonObject request) {
        String command = ControlAnswers.stringMember(request, "command");
        JsonValue arguments = request.get("arguments");
        return switch (command == null ? "" : command) {
            case "list-commands" -> ControlAnswers.answer(0, null, ControlAnswers.strings(NAMES));
            case "config-get" -> ControlAnswers.answer(0, null, wrapped(agent.config().section()));
            case "config-test" -> configTest(arguments);
            case "config-set" -> configSet(arguments);
            case "config-reload" -> configReload();
            case "config-write" -> configWrite(arguments);
            case "shutdown" -> shutdown();
            case "status-get" -> statusGet();
            case "version-get" -> ControlAnswers.answer(0, NestorVersion.version(), ControlAnswers.object(
                    Map.of("extended", ControlAnswers.string(NestorVersion.version() + "\nnestor-ctrl-agent\nNetty "
                            + NestorVersion.nettyVersion()))));
            case "build-report" -> ControlAnswers.answer(0, "Nestor control agent " + NestorVersion.version()
                    + "\nHTTP: Netty " + NestorVersion.nettyVersion() + "\nJava: " + Runtime.version());
            default -> ControlAnswers.answer(ControlAnswers.UNSUPPORTED, "'" + command + "' command not supported.");
        };
    }

    private JsonObject configTest(JsonValue arguments) {
        try {
            new AgentConfigParser().parse(arguments, agent.config().file());
            return ControlAnswers.answer(0, "Configuration check successful");
        } catch (ConfigException e) {
            return ControlAnswers.answer(ControlAnswers.ERROR, e.getMessage());
        }
    }

    private JsonObject configSet(JsonValue arguments) {
        try {
            agent.apply(new AgentConfigParser().parse(arguments, agent.config().file()));
            return ControlAnswers.answer(0, "Configuration applied successfully.");
        } catch (ConfigException | IOException e) {
            return ControlAnswers.answer(ControlAnswers.ERROR, e.getMessage());
        }
    }

    private JsonObject configReload() {
        Path file = agent.config().file();
        try {
            agent.apply(new AgentConfigParser().parseFile(file));
            return ControlAnswers.answer(0, "Configuration applied successfully.");
        } catch (ConfigException | IOException e) {
            return ControlAnswers.answer(ControlAnswers.ERROR, "Config reload failed: " + e.getMessage());
        }
    }

    private JsonObject configWrite(JsonValue arguments) {
        Path target = agent.config().file();
        if (arguments instanceof JsonObject args && args.has("filename")) {
            String name = ControlAnswers.stringMember(args, "filename");
            if (name == null) {
                return ControlAnswers.answer(ControlAnswers.ERROR, "filename parameter must be a string");
            }
            target = Path.of(name);
        }
        byte[] text = (JsonWriter.pretty(wrapped(agent.config().section())) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            Files.write(target, text);
        } catch (IOException e) {
            return ControlAnswers.answer(ControlAnswers.ERROR, "Error during write-config: Unable to open file "
                    + target + " for writing");
        }
        Map<String, JsonValue> result = new LinkedHashMap<>();
        result.put("filename", ControlAnswers.string(target.toString()));
        result.put("size", ControlAnswers.number(text.length));
        return ControlAnswers.answer(0, "Configuration written to " + target + " successful",
                ControlAnswers.object(result));
    }

    private JsonObject shutdown() {
        agent.shutdown();
        return ControlAnswers.answer(0, "Control Agent is shutting down");
    }

    private JsonObject statusGet() {
        Instant now = Instant.now();
        Map<String, JsonValue> status = new LinkedHashMap<>();
        status.put("pid", ControlAnswers.number(ProcessHandle.current().pid()));
        status.put("reload", ControlAnswers.number(Duration.between(agent.configuredAt(), now).toSeconds()));
        status.put("uptime", ControlAnswers.number(Duration.between(agent.startedAt(), now).toSeconds()));
        return ControlAnswers.answer(0, null, ControlAnswers.object(status));
    }

    private static JsonObject wrapped(JsonObject section) {
        return ControlAnswers.object(Map.of("Control-agent", section));
    }
}
