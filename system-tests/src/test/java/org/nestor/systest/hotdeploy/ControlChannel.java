package org.nestor.systest.hotdeploy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.nestor.core.control.UnixControlClient;
import org.nestor.core.hooks.JsonValues;
import org.nestor.core.json.JsonException;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonParser;

/** The server's UNIX control socket: the live command list and the packet statistics, between and during loads. */
final class ControlChannel {
    /** The statistics a phase compares with perfdhcp's counts. */
    record Packets(long received, long discovers, long offers, long receiveDrops, long requests, long acks) {
        Packets minus(Packets before) {
            return new Packets(received - before.received, discovers - before.discovers, offers - before.offers,
                    receiveDrops - before.receiveDrops, requests - before.requests, acks - before.acks);
        }
    }

    private final Path socket;

    ControlChannel(Path socket) {
        this.socket = socket;
    }

    private Map<String, Object> send(String command) throws IOException {
        String answer = UnixControlClient.send(socket, "{\"command\": \"" + command + "\"}");
        try {
            return JsonValues.toMap((JsonObject) new JsonParser().parse(answer, command));
        } catch (JsonException | ClassCastException e) {
            throw new IOException("not a JSON object: " + answer, e);
        }
    }

    /** @return the commands the server serves now ({@code list-commands}) */
    @SuppressWarnings("unchecked")
    List<String> commands() throws IOException {
        return (List<String>) send("list-commands").get("arguments");
    }

    /** Waits (a bounded number of polls) until {@code list-commands} shows, or no longer shows, {@code command}. */
    void awaitListed(String command, boolean listed) throws IOException, InterruptedException {
        for (int i = 0; i < 600; i++) {
            if (commands().contains(command) == listed) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("list-commands " + (listed ? "never showed " : "still shows ") + command + ": "
                + commands());
    }

    /** @return the packet statistics now */
    @SuppressWarnings("unchecked")
    Packets packets() throws IOException {
        Map<String, Object> stats = (Map<String, Object>) send("statistic-get-all").get("arguments");
        return new Packets(value(stats, "pkt4-received"), value(stats, "pkt4-discover-received"), value(stats, "pkt4-offer-sent"),
                value(stats, "pkt4-receive-drop"), value(stats, "pkt4-request-received"), value(stats, "pkt4-ack-sent"));
    }

    @SuppressWarnings("unchecked")
    private static long value(Map<String, Object> stats, String name) {
        List<Object> samples = (List<Object>) stats.get(name);
        return samples == null || samples.isEmpty() ? 0 : (Long) ((List<Object>) samples.get(0)).get(0);
    }
}
