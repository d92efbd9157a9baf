package org.nestor.core.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nestor.core.json.JsonMember;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonString;
import org.nestor.core.json.JsonValue;
import org.nestor.core.json.JsonWriter;

/**
 * Kea's configuration commands: config-get, config-hash-get (Kea 2.4+), config-test, config-set, config-reload
 * and config-write, with Kea 2.2's arguments and texts.
 */
final class ConfigCommands {
    private final ServerControl server;

    ConfigCommands(ServerControl server) {
        this.server = server;
    }

    void registerWith(CommandDispatcher dispatcher) {
        dispatcher.register("config-get", (c, a) -> ControlResult.success(server.configuration()));
        dispatcher.register("config-hash-get", (c, a) ->
                ControlResult.success(JsonBuild.of(Map.of("hash", hash(server.configuration())))));
        dispatcher.register("config-test", (c, a) -> {
            JsonObject root = configurationIn(a);
            refusedAs("", () -> server.testConfiguration(root));
            return ControlResult.success("Configuration seems sane. Control-socket, hook-libraries, and D2 "
                    + "configuration were sanity checked, but not applied.");
        });
        dispatcher.register("config-set", (c, a) -> {
            JsonObject root = configurationIn(a);
            refusedAs("", () -> server.applyConfiguration(root));
            return ControlResult.success("Configuration successful.");
        });
        dispatcher.register("config-reload", (c, a) -> {
            refusedAs("Config reload failed: ", server::reloadConfiguration);
            return ControlResult.success("Configuration successful.");
        });
        dispatcher.register("config-write", this::write);
    }

    /** Runs a configuration change; a refusal becomes an error answer with {@code prefix} before the reason. */
    private static void refusedAs(String prefix, ConfigChange change) throws CommandException {
        try {
            change.run();
        } catch (ConfigRejectedException e) {
            throw new CommandException(prefix + e.getMessage());
        }
    }

    @FunctionalInterface
    private interface ConfigChange {
        void run() throws ConfigRejectedException;
    }

    /** @return the SHA-256 of the configuration's compact JSON text, in upper case hex as Kea prints it */
    static String hash(JsonObject configuration) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(JsonWriter.compact(configuration).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** config-set / config-test arguments: exactly {@code {"Dhcp4": {...}}}, refused with Kea 2.2's texts. */
    private static JsonObject configurationIn(JsonValue arguments) throws CommandException {
        JsonObject args = CommandArguments.map(arguments, "Missing mandatory 'arguments' parameter.",
                "'arguments' parameter expected to be a map.");
        JsonValue dhcp4 = CommandArguments.mandatory(args, "Dhcp4");
        if (!(dhcp4 instanceof JsonObject)) {
            throw new CommandException("'Dhcp4' parameter expected to be a map.");
        }
        for (JsonMember m : args.members()) {
            if (!"Dhcp4".equals(m.key())) {
                throw new CommandException("Unsupported '" + m.key() + "' parameter.");
            }
        }
        return args;
    }

    private JsonObject write(String command, JsonValue arguments) throws CommandException {
        JsonObject args = CommandArguments.optionalMap(arguments, "arguments for the 'config-write' command must "
                + "be a map");
        String filename = server.configFile().toString();
        JsonValue given = args.get("filename");
        if (given != null) {
            if (!(given instanceof JsonString s)) {
                throw new CommandException("passed parameter 'filename' is not a string");
            }
            filename = s.value();
        }
        byte[] text = JsonWriter.pretty(server.configuration()).getBytes(StandardCharsets.UTF_8);
        try {
            Files.write(Path.of(filename), text);
        } catch (IOException | RuntimeException e) {
            throw new CommandException("Error during write-config:Unable to open file " + filename
                    + " for writing");
        }
        Map<String, Object> written = new LinkedHashMap<>();
        written.put("filename", filename);
        written.put("size", text.length);
        return ControlResult.answer(ControlResult.SUCCESS, "Configuration written to " + filename + " successful",
                JsonBuild.of(written));
    }
}
