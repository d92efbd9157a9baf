package org.nestor.systest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.nestor.core.control.UnixControlClient;
import org.nestor.core.hooks.JsonValues;
import org.nestor.core.json.JsonArray;
import org.nestor.core.json.JsonException;
import org.nestor.core.json.JsonNumber;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonParser;
import org.nestor.core.json.JsonString;
import org.nestor.core.json.JsonValue;

/**
 * A server's UNIX control socket (Nestor's or Kea's) used the way operators' scripts use it: one command per
 * connection, the answer read until the server closes it. Answers come as parsed JSON or, for assertions on plain
 * values, as maps and lists.
 */
public final class ControlClient {
    /** How long {@link #awaitCommand} waits for a bundle to come or go. */
    private static final long AWAIT_NANOS = 120_000_000_000L;
    private static final long POLL_MILLIS = 200;

    private final Path socket;

    public ControlClient(Path socket) {
        this.socket = socket;
    }

    /** @return the answer to {@code request}, a whole command in JSON text */
    public JsonObject request(String request) throws IOException {
        String answer = UnixControlClient.send(socket, request);
        try {
            return (JsonObject) new JsonParser().parse(answer, "<answer>");
        } catch (JsonException | ClassCastException e) {
            throw new IOException("not a JSON object: " + answer, e);
        }
    }

    /** @return the answer to {@code command} with {@code arguments} (JSON text, or null for none) */
    public JsonObject send(String command, String arguments) throws IOException {
        return request("{\"command\": \"" + command + "\""
                + (arguments == null ? "" : ", \"arguments\": " + arguments) + "}");
    }

    /** @return the answer to {@code command} as plain maps, lists, strings, longs and booleans */
    public Map<String, Object> sendForMap(String command, String arguments) throws IOException {
        return JsonValues.toMap(send(command, arguments));
    }

    /** @return the commands the server serves now ({@code list-commands}) */
    public List<String> commands() throws IOException {
        return ((JsonArray) send("list-commands", null).get("arguments")).items().stream()
                .map(v -> ((JsonString) v).value()).toList();
    }

    /** @return the running configuration as {@code config-get}'s arguments show it, as plain maps */
    public Map<String, Object> runningConfig() throws IOException {
        return arguments(sendForMap("config-get", null));
    }

    /** @return the newest value of statistic {@code name}, 0 when the server has none */
    public long statistic(String name) throws IOException {
        JsonObject args = (JsonObject) send("statistic-get", "{\"name\": \"" + name + "\"}").get("arguments");
        JsonArray samples = (JsonArray) args.get(name);
        if (samples == null) {
            return 0;
        }
        return ((JsonNumber) ((JsonArray) samples.get(0)).get(0)).longValue();
    }

    /**
     * Waits (at most 120 s) until {@code list-commands} does or does not show {@code command}, as a bundle comes or
     * goes.
     *
     * @throws AssertionError when it never does
     */
    public void awaitCommand(String command, boolean present) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + AWAIT_NANOS;
        while (commands().contains(command) != present) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(command + (present ? " never appeared in" : " never left")
                        + " list-commands: " + commands());
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** @return the answer's {@code result} */
    public static long result(JsonObject answer) {
        return ((JsonNumber) answer.get("result")).longValue();
    }

    /** @return the answer's {@code result} */
    public static long result(Map<String, Object> answer) {
        return (Long) answer.get("result");
    }

    /** @return the answer's {@code text}, null when it has none */
    public static String text(JsonObject answer) {
        JsonValue t = answer.get("text");
        return t instanceof JsonString s ? s.value() : null;
    }

    /** @return the answer's {@code arguments}, as the caller expects them */
    @SuppressWarnings("unchecked")
    public static <T> T arguments(Map<String, Object> answer) {
        return (T) answer.get("arguments");
    }
}
