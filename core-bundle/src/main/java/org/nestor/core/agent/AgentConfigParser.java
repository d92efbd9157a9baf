package org.nestor.core.agent;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.nestor.core.config.ConfigException;
import org.nestor.core.control.http.HttpControlSettings;
import org.nestor.core.control.http.HttpSettingsParser;
import org.nestor.core.control.http.PasswordFiles;
import org.nestor.core.json.JsonArray;
import org.nestor.core.json.JsonBoolean;
import org.nestor.core.json.JsonException;
import org.nestor.core.json.JsonMember;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonParser;
import org.nestor.core.json.JsonPosition;
import org.nestor.core.json.JsonValue;

/**
 * Reads Kea's {@code Control-agent} configuration (other top-level sections of the same file are ignored, as the
 * agent does). Nestor extension, in the section's {@code user-context} so the file stays valid for Kea:
 * {@code "nestor": {"generate-password-files": true}} creates missing {@code password-file}s with a random
 * password, readable by their owner only.
 */
public final class AgentConfigParser {
    private static final Set<String> KEYS = Set.of("http-host", "http-port", "trust-anchor", "cert-file",
            "key-file", "cert-required", "authentication", "control-sockets", "hooks-libraries", "loggers",
            "user-context", "comment");
    private static final Set<String> SERVICES = Set.of("dhcp4", "dhcp6", "d2");
    private static final Set<String> SOCKET_KEYS = Set.of("socket-type", "socket-name", "user-context", "comment");

    /** @return the configuration in {@code file} */
    public AgentConfig parseFile(Path file) throws ConfigException {
        JsonValue root;
        try {
            root = new JsonParser(file.toAbsolutePath().getParent()).parseFile(file);
        } catch (JsonException e) {
            throw new ConfigException(e.position(), e.reason());
        }
        return parse(root, file);
    }

    /**
     * @param root a map holding {@code Control-agent} (a file's content, or config-set's arguments)
     * @param file the file the configuration belongs to; relative paths start from its directory
     */
    public AgentConfig parse(JsonValue root, Path file) throws ConfigException {
        if (!(root instanceof JsonObject top) || !(top.get("Control-agent") instanceof JsonObject section)) {
            throw new ConfigException(JsonPosition.NONE, "Missing mandatory 'Control-agent' parameter.");
        }
        for (JsonMember m : section.members()) {
            if (!KEYS.contains(m.key())) {
                throw new ConfigException(m.keyPosition(), "got unexpected keyword \"" + m.key()
                        + "\" in Control-agent map.");
            }
        }
        checkNoHooks(section);
        Path base = file.toAbsolutePath().getParent();
        HttpSettingsParser http = new HttpSettingsParser(base, new PasswordFiles(generatesPasswords(section)));
        HttpControlSettings settings = new HttpControlSettings(
                HttpSettingsParser.string(section, "http-host", HttpControlSettings.DEFAULT_HOST),
                http.port(section, "http-port"), http.tls(section), http.authentication(section.get("authentication")),
                HttpControlSettings.DEFAULT_MAX_BODY);
        return new AgentConfig(settings, controlSockets(section.get("control-sockets"), base), section, file);
    }

    private static Map<String, Path> controlSockets(JsonValue value, Path base) throws ConfigException {
        Map<String, Path> sockets = new LinkedHashMap<>();
        if (value == null) {
            return sockets;
        }
        if (!(value instanceof JsonObject map)) {
            throw new ConfigException(value.position(), "control-sockets must be a map");
        }
        for (JsonMember m : map.members()) {
            if (!SERVICES.contains(m.key())) {
                throw new ConfigException(m.keyPosition(), "got unexpected keyword \"" + m.key()
                        + "\" in control-sockets map.");
            }
            if (!(m.value() instanceof JsonObject socket)) {
                throw new ConfigException(m.value().position(), m.key() + " must be a map");
            }
            for (JsonMember k : socket.members()) {
                if (!SOCKET_KEYS.contains(k.key())) {
                    throw new ConfigException(k.keyPosition(), "got unexpected keyword \"" + k.key()
                            + "\" in " + m.key() + " map.");
                }
            }
            String type = HttpSettingsParser.string(socket, "socket-type", "unix");
            if (!type.equals("unix")) {
                throw new ConfigException(socket.position(), "unsupported 'socket-type' '" + type
                        + "' not 'unix'");
            }
            String name = HttpSettingsParser.string(socket, "socket-name", null);
            if (name == null) {
                throw new ConfigException(socket.position(), "missing parameter 'socket-name'");
            }
            sockets.put(m.key(), base.resolve(name));
        }
        return sockets;
    }

    /** Hook libraries are not loaded by Nestor's agent: an empty list is fine, a library is refused. */
    private static void checkNoHooks(JsonObject section) throws ConfigException {
        JsonValue hooks = section.get("hooks-libraries");
        if (hooks instanceof JsonArray list && list.size() > 0) {
            throw new ConfigException(hooks.position(), "hooks-libraries are not supported by nestor-ctrl-agent");
        }
    }

    private static boolean generatesPasswords(JsonObject section) {
        return section.get("user-context") instanceof JsonObject uc
                && uc.get("nestor") instanceof JsonObject nestor
                && nestor.get("generate-password-files") instanceof JsonBoolean b && b.value();
    }
}
