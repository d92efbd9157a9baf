package org.nestor.systest.subnetcmds;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.nestor.core.control.UnixControlClient;
import org.nestor.core.hooks.JsonValues;
import org.nestor.core.json.JsonException;
import org.nestor.core.json.JsonParser;

/** Commands over an instance's UNIX control socket, answers as plain maps for assertions. */
final class Control {
    private final Path socket;

    Control(Path socket) {
        this.socket = socket;
    }

    /** @return the answer to {@code command} with {@code arguments} (JSON text, or null for none) */
    Map<String, Object> send(String command, String arguments) throws IOException {
        String request = "{\"command\": \"" + command + "\"" + (arguments == null ? "" : ", \"arguments\": "
                + arguments) + "}";
        String answer = UnixControlClient.send(socket, request);
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) JsonValues.toJava(new JsonParser().parse(answer,
                    "<answer>"));
            return map;
        } catch (JsonException | ClassCastException e) {
            throw new IOException("not a JSON object: " + answer, e);
        }
    }

    static long result(Map<String, Object> answer) {
        return (Long) answer.get("result");
    }

    @SuppressWarnings("unchecked")
    static <T> T arguments(Map<String, Object> answer) {
        return (T) answer.get("arguments");
    }

    /** @return the running configuration's {@code Dhcp4} as config-get shows it */
    Map<String, Object> dhcp4() throws IOException {
        Map<String, Object> args = arguments(send("config-get", null));
        return args;
    }

    /** Waits until list-commands does (or does not) show {@code command}, as a bundle comes or goes. */
    void awaitCommand(String command, boolean listed) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            List<?> names = arguments(send("list-commands", null));
            if (names.contains(command) == listed) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(command + (listed ? " never appeared in" : " never left") + " list-commands");
    }
}
