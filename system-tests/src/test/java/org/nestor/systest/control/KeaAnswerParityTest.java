package org.nestor.systest.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nestor.core.json.JsonArray;
import org.nestor.core.json.JsonMember;
import org.nestor.core.json.JsonNumber;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonString;
import org.nestor.core.json.JsonValue;
import org.nestor.systest.Commands;
import org.nestor.systest.ControlClient;
import org.nestor.systest.NestorInstance;
import org.nestor.systest.TestConfigs;

/**
 * Debian's kea-dhcp4 2.2 and the distribution, on the same configuration, asked the same commands over their
 * UNIX control sockets: result codes and texts must be equal, and where values differ by nature (versions,
 * pids, timestamps) the shapes must be.
 */
class KeaAnswerParityTest {
    /** Answers compared whole. */
    private static final List<String> SAME_ANSWERS = List.of(
            "{\"command\": \"foo\"}",
            "{\"arguments\": {}}",
            "{\"command\": 5}",
            "[\"command\"]",
            "{\"command\": \"server-tag-get\"}",
            "{\"command\": \"dhcp-disable\", \"arguments\": 5}",
            "{\"command\": \"dhcp-disable\", \"arguments\": {\"max-period\": \"x\"}}",
            "{\"command\": \"dhcp-disable\", \"arguments\": {\"max-period\": 0}}",
            "{\"command\": \"dhcp-disable\", \"arguments\": {\"origin\": \"bogus\"}}",
            "{\"command\": \"dhcp-disable\", \"arguments\": {\"max-period\": 30}}",
            "{\"command\": \"dhcp-enable\", \"arguments\": {\"origin\": 5}}",
            "{\"command\": \"dhcp-enable\"}",
            "{\"command\": \"leases-reclaim\"}",
            "{\"command\": \"leases-reclaim\", \"arguments\": {\"remove\": 1}}",
            "{\"command\": \"leases-reclaim\", \"arguments\": {\"remove\": true}}",
            "{\"command\": \"shutdown\", \"arguments\": 5}",
            "{\"command\": \"shutdown\", \"arguments\": {\"exit-value\": \"x\"}}",
            "{\"command\": \"config-test\"}",
            "{\"command\": \"config-test\", \"arguments\": {}}",
            "{\"command\": \"config-set\", \"arguments\": {\"Dhcp4\": 5}}",
            "{\"command\": \"config-set\", \"arguments\": {\"Dhcp4\": {}, \"Dhcp6\": {}}}",
            "{\"command\": \"config-write\", \"arguments\": {\"filename\": 5}}",
            "{\"command\": \"config-write\", \"arguments\": {\"filename\": \"/nonexistent/dir/x.json\"}}",
            "{\"command\": \"statistic-get\"}",
            "{\"command\": \"statistic-get\", \"arguments\": {\"name\": 5}}",
            "{\"command\": \"statistic-get\", \"arguments\": {\"name\": \"nope\"}}",
            "{\"command\": \"statistic-reset\", \"arguments\": {\"name\": \"nope\"}}",
            "{\"command\": \"statistic-remove\", \"arguments\": {\"name\": \"nope\"}}",
            "{\"command\": \"statistic-sample-age-set\", \"arguments\": {\"name\": \"pkt4-received\"}}",
            "{\"command\": \"statistic-sample-count-set-all\", \"arguments\": {\"max-samples\": 0}}",
            "{\"command\": \"statistic-sample-count-set\", \"arguments\": {\"name\": \"pkt4-received\", "
                    + "\"max-samples\": 5}}",
            "{\"command\": \"statistic-sample-age-set-all\", \"arguments\": {\"duration\": 3600}}",
            "{\"command\": \"statistic-reset\", \"arguments\": {\"name\": \"pkt4-received\"}}",
            "{\"command\": \"statistic-reset-all\"}");

    @TempDir
    Path dir;

    @Test
    void answersMatchKea22OnTheSameConfiguration() throws Exception {
        Commands.requireRootAndTools("kea-dhcp4");
        Path keaDir = Files.createDirectories(dir.resolve("kea"));
        Path nestorDir = Files.createDirectories(dir.resolve("nestor"));
        ControlClient kea = new ControlClient(keaDir.resolve("kea4.sock"));
        ControlClient nestor = new ControlClient(nestorDir.resolve("nestor4.sock"));
        Process keaProcess = startKea(TestConfigs.withControlSocket(keaDir, keaDir.resolve("kea4.sock"),
                keaDir.resolve("leases4.csv")), keaDir);
        try (NestorInstance server = NestorInstance.start(null, TestConfigs.withControlSocket(nestorDir,
                nestorDir.resolve("nestor4.sock"), nestorDir.resolve("leases4.csv")), nestorDir.resolve("state"),
                "-p", "10067", "-P", "10068")) {
            awaitSocket(keaDir.resolve("kea4.sock"));
            for (String request : SAME_ANSWERS) {
                assertEquals(kea.request(request), nestor.request(request), request);
            }
            assertSameShape(kea.send("version-get", null), nestor.send("version-get", null));
            assertSameShape(kea.send("status-get", null), nestor.send("status-get", null));
            String pkt4Received = "{\"name\": \"pkt4-received\"}";
            assertSameShape(kea.send("statistic-get", pkt4Received), nestor.send("statistic-get", pkt4Received));
            assertEquals(keaCommandsWeServe(kea), nestor.commands());
            server.stop();
        } finally {
            keaProcess.destroy();
            keaProcess.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static Process startKea(Path config, Path keaDir) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("kea-dhcp4", "-p", "10167", "-P", "10168", "-c", config.toString())
                .redirectErrorStream(true).redirectOutput(keaDir.resolve("kea.log").toFile());
        pb.environment().put("KEA_PIDFILE_DIR", keaDir.toString());
        pb.environment().put("KEA_LOCKFILE_DIR", keaDir.toString());
        return pb.start();
    }

    private static void awaitSocket(Path socket) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(socket) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(Files.exists(socket), "kea-dhcp4 opened no control socket");
    }

    /**
     * Kea 2.2's list without what Nestor does not offer yet (libreload, config-backend-pull), plus 2.4's hash and
     * Nestor's own list-hooks.
     */
    private static List<String> keaCommandsWeServe(ControlClient kea) throws Exception {
        List<String> names = new ArrayList<>(kea.commands());
        names.removeAll(List.of("libreload", "config-backend-pull"));
        names.add("config-hash-get");
        names.add("list-hooks");
        names.sort(null);
        return names;
    }

    /** Same keys at every level, same kinds of values; strings that look like timestamps look alike. */
    private static void assertSameShape(JsonValue kea, JsonValue nestor) {
        assertEquals(shape(kea), shape(nestor));
    }

    private static String shape(JsonValue v) {
        if (v instanceof JsonObject o) {
            Set<String> keys = new TreeSet<>();
            for (JsonMember m : o.members()) {
                keys.add(m.key() + "=" + shape(m.value()));
            }
            return keys.toString();
        }
        if (v instanceof JsonArray a) {
            return a.items().isEmpty() ? "[]" : "[" + shape(a.get(0)) + "...]";
        }
        if (v instanceof JsonString s) {
            return s.value().matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{6}") ? "timestamp" : "string";
        }
        return v instanceof JsonNumber n ? (n.isInteger() ? "integer" : "real") : v.kind().toString();
    }
}
