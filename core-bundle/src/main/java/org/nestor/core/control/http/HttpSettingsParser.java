package org.nestor.core.control.http;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nestor.core.config.ConfigException;
import org.nestor.core.json.JsonArray;
import org.nestor.core.json.JsonBoolean;
import org.nestor.core.json.JsonMember;
import org.nestor.core.json.JsonNumber;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonString;
import org.nestor.core.json.JsonValue;

/**
 * Reads the parts of an HTTP control endpoint that Kea's agent and Kea 3's {@code control-sockets} share:
 * {@code authentication} (clients inline or in files under {@code directory}) and the TLS triple. Relative paths
 * are taken from the configuration file's directory.
 */
public final class HttpSettingsParser {
    private static final Set<String> AUTH_KEYS = Set.of("type", "realm", "directory", "clients", "comment",
            "user-context");
    private static final Set<String> CLIENT_KEYS = Set.of("user", "user-file", "password", "password-file",
            "comment", "user-context");
    private static final Set<String> SOCKET_KEYS = Set.of("socket-type", "socket-address", "socket-port",
            "authentication", "trust-anchor", "cert-file", "key-file", "cert-required", "http-headers",
            "user-context", "comment");

    private final Path base;
    private final PasswordFiles files;

    /**
     * @param base the directory relative paths start from (the configuration file's)
     * @param files reads (and, when the configuration asks, creates) credential files
     */
    public HttpSettingsParser(Path base, PasswordFiles files) {
        this.base = base;
        this.files = files;
    }

    /** Kea 3's {@code control-sockets} entry of type http or https (a daemon's own HTTP endpoint). */
    public HttpControlSettings controlSocket(JsonObject entry) throws ConfigException {
        checkKeys(entry, SOCKET_KEYS);
        String type = string(entry, "socket-type", null);
        if (!"http".equals(type) && !"https".equals(type)) {
            throw new ConfigException(entry.position(), "unsupported 'socket-type' '" + type
                    + "' for an HTTP control socket (expected http or https)");
        }
        Optional<TlsSettings> tls = tls(entry);
        if ("https".equals(type) && tls.isEmpty()) {
            throw new ConfigException(entry.position(), "socket-type https requires trust-anchor, cert-file "
                    + "and key-file");
        }
        return new HttpControlSettings(string(entry, "socket-address", HttpControlSettings.DEFAULT_HOST),
                port(entry, "socket-port"), tls, authentication(entry.get("authentication")),
                HttpControlSettings.DEFAULT_MAX_BODY);
    }

    /** @return the TCP port under {@code key}, Kea's default 8000 when absent */
    public int port(JsonObject map, String key) throws ConfigException {
        JsonValue v = map.get(key);
        if (v == null) {
            return HttpControlSettings.DEFAULT_PORT;
        }
        if (!(v instanceof JsonNumber n) || !n.isInteger() || n.longValue() < 0 || n.longValue() > 65535) {
            throw new ConfigException(v.position(), key + " must be an integer between 0 and 65535");
        }
        return (int) n.longValue();
    }

    /** trust-anchor, cert-file and key-file: all three or none (Kea's rule); cert-required defaults to true. */
    public Optional<TlsSettings> tls(JsonObject map) throws ConfigException {
        String anchor = string(map, "trust-anchor", null);
        String cert = string(map, "cert-file", null);
        String key = string(map, "key-file", null);
        JsonValue required = map.get("cert-required");
        if (required != null && !(required instanceof JsonBoolean)) {
            throw new ConfigException(required.position(), "cert-required must be a boolean");
        }
        if (anchor == null && cert == null && key == null) {
            return Optional.empty();
        }
        if (anchor == null || cert == null || key == null) {
            throw new ConfigException(map.position(), "trust-anchor, cert-file and key-file must be all "
                    + "specified or none of them");
        }
        return Optional.of(new TlsSettings(base.resolve(anchor), base.resolve(cert), base.resolve(key),
                required == null || ((JsonBoolean) required).value()));
    }

    /** @param value the {@code authentication} map, or null */
    public Optional<BasicAuthSettings> authentication(JsonValue value) throws ConfigException {
        if (value == null) {
            return Optional.empty();
        }
        JsonObject auth = object(value, "authentication");
        checkKeys(auth, AUTH_KEYS);
        String type = string(auth, "type", null);
        if (!"basic".equals(type)) {
            throw new ConfigException(auth.position(), type == null ? "missing parameter 'type'"
                    : "unsupported authentication type '" + type + "'");
        }
        Path directory = base.resolve(string(auth, "directory", ""));
        List<BasicCredential> clients = new ArrayList<>();
        JsonValue list = auth.get("clients");
        if (list != null) {
            if (!(list instanceof JsonArray array)) {
                throw new ConfigException(list.position(), "clients must be a list");
            }
            for (JsonValue item : array.items()) {
                clients.add(client(object(item, "client"), directory));
            }
        }
        return Optional.of(new BasicAuthSettings(string(auth, "realm", BasicAuthSettings.DEFAULT_REALM), clients));
    }

    private BasicCredential client(JsonObject c, Path directory) throws ConfigException {
        checkKeys(c, CLIENT_KEYS);
        String user = string(c, "user", null);
        String userFile = string(c, "user-file", null);
        if (user != null && userFile != null) {
            throw new ConfigException(c.position(), "only one of user and user-file can be specified");
        }
        if (userFile != null) {
            user = files.read(directory.resolve(userFile), c.get("user-file").position());
        }
        if (user == null || user.isEmpty()) {
            throw new ConfigException(c.position(), "user is required");
        }
        if (user.contains(":")) {
            throw new ConfigException(c.position(), "user '" + user + "' must not contain a ':'");
        }
        String password = string(c, "password", null);
        String passwordFile = string(c, "password-file", null);
        if (password != null && passwordFile != null) {
            throw new ConfigException(c.position(), "only one of password and password-file can be specified");
        }
        if (passwordFile != null) {
            password = files.readOrCreate(directory.resolve(passwordFile), c.get("password-file").position(), user);
        }
        return new BasicCredential(user, password == null ? "" : password);
    }

    private static void checkKeys(JsonObject map, Set<String> allowed) throws ConfigException {
        for (JsonMember m : map.members()) {
            if (!allowed.contains(m.key())) {
                throw new ConfigException(m.keyPosition(), "got unexpected keyword \"" + m.key() + "\"");
            }
        }
    }

    static JsonObject object(JsonValue v, String what) throws ConfigException {
        if (v instanceof JsonObject o) {
            return o;
        }
        throw new ConfigException(v.position(), what + " must be a map");
    }

    /** @return the string member, or {@code fallback} when absent */
    public static String string(JsonObject map, String key, String fallback) throws ConfigException {
        JsonValue v = map.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof JsonString s) {
            return s.value();
        }
        throw new ConfigException(v.position(), key + " must be a string");
    }
}
