package org.nestor.core.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nestor.core.json.JsonArray;
import org.nestor.core.json.JsonBoolean;
import org.nestor.core.json.JsonNumber;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonString;
import org.nestor.core.json.JsonWriter;
import org.nestor.core.net.LoopbackClient;
import org.nestor.core.server.NestorVersion;
import org.nestor.core.stats.StatsManager;
import org.nestor.core.wire.Dhcp4Codec;
import org.nestor.core.wire.Dhcp4Packet;

class ServiceCommandsTest {
    @TempDir
    Path dir;
    private ControlFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = new ControlFixture(dir);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void listCommandsIsTheSortedLiveSet() {
        JsonArray listed = (JsonArray) fixture.run("{\"command\": \"list-commands\"}").get("arguments");
        List<String> names = listed.items().stream().map(v -> ((JsonString) v).value()).toList();
        assertEquals(fixture.server.commands().commandNames(), names);
        assertEquals(names.stream().sorted().toList(), names);
        assertTrue(names.containsAll(List.of("build-report", "config-get", "config-hash-get", "config-reload",
                "config-set", "config-test", "config-write", "dhcp-disable", "dhcp-enable", "leases-reclaim",
                "list-commands", "server-tag-get", "shutdown", "status-get", "version-get", "statistic-get",
                "statistic-get-all", "statistic-reset", "statistic-reset-all", "statistic-remove",
                "statistic-remove-all", "statistic-sample-age-set", "statistic-sample-age-set-all",
                "statistic-sample-count-set", "statistic-sample-count-set-all")), names::toString);
    }

    @Test
    void versionGetAndBuildReportAnswerTheVersionTexts() {
        JsonObject version = fixture.expect(0, NestorVersion.version(), "{\"command\": \"version-get\"}");
        assertEquals(NestorVersion.extended(),
                ((JsonString) ((JsonObject) version.get("arguments")).get("extended")).value());
        fixture.expect(0, NestorVersion.buildReport(), "{\"command\": \"build-report\"}");
    }

    @Test
    void serverTagGetAnswersTheConfiguredTag() {
        assertEquals("{\"server-tag\":\"alpha\"}",
                JsonWriter.compact(fixture.run("{\"command\": \"server-tag-get\"}").get("arguments")));
    }

    @Test
    void statusGetHasKea22sFields() {
        JsonObject args = (JsonObject) fixture.run("{\"command\": \"status-get\"}").get("arguments");
        assertEquals(ProcessHandle.current().pid(), ((JsonNumber) args.get("pid")).longValue());
        assertTrue(((JsonNumber) args.get("uptime")).longValue() >= 0);
        assertTrue(((JsonNumber) args.get("reload")).longValue() >= 0);
        assertFalse(((JsonBoolean) args.get("multi-threading-enabled")).value());
        assertEquals("{\"status\":\"ready\"}", JsonWriter.compact(args.get("sockets")));
        assertEquals(List.of("multi-threading-enabled", "pid", "reload", "sockets", "uptime"),
                args.members().stream().map(m -> m.key()).toList());
    }

    @Test
    void statusGetShowsThreadPoolAndQueueWhenMultiThreaded() {
        String mt = ControlFixture.config(dir, "mt", "ctl.sock").replace("\"server-tag\"",
                "\"multi-threading\": { \"enable-multi-threading\": true, \"thread-pool-size\": 2, "
                        + "\"packet-queue-size\": 8 }, \"server-tag\"");
        fixture.expect(0, "Configuration successful.", "{\"command\": \"config-set\", \"arguments\": " + mt + "}");
        JsonObject args = (JsonObject) fixture.run("{\"command\": \"status-get\"}").get("arguments");
        assertTrue(((JsonBoolean) args.get("multi-threading-enabled")).value());
        assertEquals(2, ((JsonNumber) args.get("thread-pool-size")).longValue());
        assertEquals(8, ((JsonNumber) args.get("packet-queue-size")).longValue());
        assertEquals("[0.0,0.0,0.0]", JsonWriter.compact(args.get("packet-queue-statistics")));
    }

    @Test
    void dhcpDisableDropsQueriesUntilDhcpEnable() throws Exception {
        StatsManager stats = fixture.server.context().stats();
        assertEquals(1, discoverAnswered(stats));

        fixture.expect(0, "DHCPv4 service disabled", "{\"command\": \"dhcp-disable\"}");
        assertEquals(0, discoverAnswered(stats));

        fixture.expect(0, "DHCP service successfully enabled", "{\"command\": \"dhcp-enable\"}");
        assertEquals(1, discoverAnswered(stats));
    }

    /** Sends a relayed DISCOVER; @return how many offers the server sent for it (0 once it dropped it) */
    private int discoverAnswered(StatsManager stats) throws Exception {
        long dropped = stats.value("pkt4-receive-drop");
        long offers = stats.value("pkt4-offer-sent");
        Dhcp4Packet discover = new Dhcp4Packet();
        discover.xid = 0x1234;
        discover.giaddr = 0x7f000001;
        discover.hlen = 6;
        discover.htype = 1;
        System.arraycopy(new byte[] {2, 0, 0, 0, 0, 1}, 0, discover.chaddr, 0, 6);
        discover.options.put(53, new byte[] {1});
        try (LoopbackClient client = new LoopbackClient(new InetSocketAddress("127.0.0.1", 0))) {
            client.sendTo(fixture.server.port(), Dhcp4Codec.encode(discover, 576));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (stats.value("pkt4-offer-sent") == offers && stats.value("pkt4-receive-drop") == dropped
                    && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
        }
        return (int) (stats.value("pkt4-offer-sent") - offers);
    }

    @Test
    void dhcpDisableForAPeriodReenablesByItself() throws Exception {
        fixture.expect(0, "DHCPv4 service disabled for 1 seconds",
                "{\"command\": \"dhcp-disable\", \"arguments\": {\"max-period\": 1}}");
        assertFalse(fixture.server.serviceState().isEnabled());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!fixture.server.serviceState().isEnabled() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(fixture.server.serviceState().isEnabled());
    }

    @Test
    void serviceStaysDisabledWhileAnotherOriginHoldsIt() {
        fixture.expect(0, "DHCPv4 service disabled",
                "{\"command\": \"dhcp-disable\", \"arguments\": {\"origin\": \"ha-partner\"}}");
        fixture.expect(0, "DHCP service successfully enabled", "{\"command\": \"dhcp-enable\"}");
        assertFalse(fixture.server.serviceState().isEnabled());
        fixture.expect(0, "DHCP service successfully enabled",
                "{\"command\": \"dhcp-enable\", \"arguments\": {\"origin\": \"ha-partner\"}}");
        assertTrue(fixture.server.serviceState().isEnabled());
    }

    @Test
    void dhcpDisableAndEnableRefuseMalformedArgumentsWithKeasTexts() {
        fixture.expect(1, "arguments for the 'dhcp-disable' command must be a map",
                "{\"command\": \"dhcp-disable\", \"arguments\": 5}");
        fixture.expect(1, "'max-period' argument must be a number",
                "{\"command\": \"dhcp-disable\", \"arguments\": {\"max-period\": \"x\"}}");
        fixture.expect(1, "'max-period' must be positive integer",
                "{\"command\": \"dhcp-disable\", \"arguments\": {\"max-period\": 0}}");
        fixture.expect(1, "invalid value used for 'origin' parameter: bogus",
                "{\"command\": \"dhcp-disable\", \"arguments\": {\"origin\": \"bogus\"}}");
        fixture.expect(1, "'origin' argument must be a string",
                "{\"command\": \"dhcp-enable\", \"arguments\": {\"origin\": 5}}");
        fixture.expect(1, "arguments for the 'dhcp-enable' command must be a map",
                "{\"command\": \"dhcp-enable\", \"arguments\": []}");
        assertTrue(fixture.server.serviceState().isEnabled());
    }

    @Test
    void leasesReclaimNeedsABooleanRemove() {
        fixture.expect(1, "Missing mandatory 'remove' parameter.", "{\"command\": \"leases-reclaim\"}");
        fixture.expect(1, "Missing mandatory 'remove' parameter.",
                "{\"command\": \"leases-reclaim\", \"arguments\": {}}");
        fixture.expect(1, "'remove' parameter expected to be a boolean.",
                "{\"command\": \"leases-reclaim\", \"arguments\": {\"remove\": 1}}");
        fixture.expect(0, "Reclamation of expired leases is complete.",
                "{\"command\": \"leases-reclaim\", \"arguments\": {\"remove\": true}}");
    }

    @Test
    void shutdownStopsTheServerWithTheExitValue() throws Exception {
        fixture.expect(1, "parameter 'exit-value' is not an integer",
                "{\"command\": \"shutdown\", \"arguments\": {\"exit-value\": \"x\"}}");
        fixture.expect(1, "Argument must be a map", "{\"command\": \"shutdown\", \"arguments\": 5}");
        assertTrue(fixture.server.isRunning());

        JsonObject answer = UnixControlClient.execute(fixture.socket(),
                ControlFixture.parse("{\"command\": \"shutdown\", \"arguments\": {\"exit-value\": 3}}"));

        assertEquals(ControlResult.answer(0, "Shutting down."), answer);
        assertTrue(fixture.server.awaitStop(10, TimeUnit.SECONDS));
        assertEquals(3, fixture.server.exitValue());
        assertTrue(fixture.server.shutdownRequested());
        assertFalse(java.nio.file.Files.exists(fixture.socket()), "the socket file is removed on stop");
    }
}
