package org.nestor.systest.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nestor.core.control.UnixControlClient;
import org.nestor.core.json.JsonException;
import org.nestor.core.json.JsonNumber;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonParser;
import org.nestor.core.json.JsonString;
import org.nestor.core.json.JsonValue;
import org.nestor.systest.TestConfigs;

/** Talks to a server's UNIX control socket (Nestor's or Kea's) the way operators' scripts do. */
public final class ControlSession {
    private final Path socket;

    ControlSession(Path socket) {
        this.socket = socket;
    }

    /** Writes the shared test configuration (relay at 127.0.0.1) with a control socket at {@code socket}. */
    public static Path config(Path dir, Path socket, Path leases) throws IOException {
        Path file = TestConfigs.write(dir, "lo", leases);
        String text = Files.readString(file).replace("\"interfaces-config\"",
                "\"control-socket\": { \"socket-type\": \"unix\", \"socket-name\": \"" + socket + "\" },\n"
                        + "    \"interfaces-config\"");
        return Files.writeString(file, text);
    }

    JsonObject send(String request) throws IOException {
        String answer = UnixControlClient.send(socket, request);
        try {
            return (JsonObject) new JsonParser().parse(answer, "<answer>");
        } catch (JsonException | ClassCastException e) {
            throw new IOException("not a JSON object: " + answer, e);
        }
    }

    static int result(JsonObject answer) {
        return (int) ((JsonNumber) answer.get("result")).longValue();
    }

    static String text(JsonObject answer) {
        JsonValue t = answer.get("text");
        return t instanceof JsonString s ? s.value() : null;
    }

    /** @return the newest value of statistic {@code name} */
    long statistic(String name) throws IOException {
        JsonObject args = (JsonObject) send("{\"command\": \"statistic-get\", \"arguments\": {\"name\": \"" + name
                + "\"}}").get("arguments");
        org.nestor.core.json.JsonArray samples = (org.nestor.core.json.JsonArray) args.get(name);
        if (samples == null) {
            return 0;
        }
        return ((JsonNumber) ((org.nestor.core.json.JsonArray) samples.get(0)).get(0)).longValue();
    }
}
