package org.nestor.systest.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nestor.core.json.JsonMember;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonPosition;
import org.nestor.core.json.JsonString;
import org.nestor.core.json.JsonWriter;
import org.nestor.systest.Commands;
import org.nestor.systest.ControlClient;
import org.nestor.systest.NestorInstance;
import org.nestor.systest.PerfdhcpRelay;
import org.nestor.systest.TestConfigs;

/**
 * The distribution ({@code bin/nestor-dhcp4 -c}) driven through its UNIX control socket as operators do: the
 * config-get / config-set / config-write workflow, a refused config-set that leaves traffic flowing, dhcp-disable
 * and dhcp-enable under perfdhcp load, statistics, and shutdown with an exit value.
 */
class UnixSocketControlTest {
    private static final int CLIENTS = 20;

    @TempDir
    Path dir;
    private Path socket;
    private Path config;
    private ControlClient control;

    @BeforeEach
    void writeConfig() throws Exception {
        Commands.requireRootAndTools("perfdhcp");
        socket = dir.resolve("nestor4.sock");
        config = TestConfigs.withControlSocket(dir, socket, dir.resolve("leases4.csv"));
        control = new ControlClient(socket);
    }

    private NestorInstance start(Path file) throws Exception {
        return NestorInstance.start(null, file, dir.resolve("state"), "-p", "10067", "-P", "10068");
    }

    /**
     * A few unmeasured exchanges: a freshly booted container answers its very first queries slowly on a loaded
     * machine. Only before checks that count "at least" (a late warm-up answer would spoil an exact count).
     */
    private static void warmUp() throws Exception {
        PerfdhcpRelay.toPort(10067).rate(10).clientsOnce(3).seed(99).dropAfter(5).exitWait(2_000_000).run(60);
    }

    @Test
    void configGetEditedIntoConfigSetThenConfigWriteRestartsWithTheSameConfiguration() throws Exception {
        Path written = dir.resolve("written.json");
        JsonObject applied;
        try (NestorInstance server = start(config)) {
            JsonObject running = (JsonObject) control.request("{\"command\": \"config-get\"}").get("arguments");
            applied = withServerTag(running, "edited");
            JsonObject set = control.request("{\"command\": \"config-set\", \"arguments\": "
                    + JsonWriter.compact(applied) + "}");
            assertEquals(0, ControlClient.result(set), set::toString);
            assertEquals(applied, control.request("{\"command\": \"config-get\"}").get("arguments"));
            JsonObject write = control.request("{\"command\": \"config-write\", \"arguments\": {\"filename\": \""
                    + written + "\"}}");
            assertEquals("Configuration written to " + written + " successful", ControlClient.text(write));
            assertEquals(0, server.stop());
        }
        try (NestorInstance server = start(written)) {
            assertEquals(applied, control.request("{\"command\": \"config-get\"}").get("arguments"));
            assertEquals("{\"server-tag\":\"edited\"}",
                    JsonWriter.compact(control.request("{\"command\": \"server-tag-get\"}").get("arguments")));
            server.stop();
        }
    }

    /** The workshop's edit: {@code jq '.arguments.Dhcp4["server-tag"] = "x"'}. */
    private static JsonObject withServerTag(JsonObject root, String tag) {
        JsonObject dhcp4 = (JsonObject) root.get("Dhcp4");
        List<JsonMember> members = new ArrayList<>();
        dhcp4.members().stream().filter(m -> !m.key().equals("server-tag")).forEach(members::add);
        members.add(new JsonMember("server-tag", JsonPosition.NONE, new JsonString(tag, JsonPosition.NONE)));
        JsonObject edited = new JsonObject(members, JsonPosition.NONE, JsonPosition.NONE);
        return new JsonObject(List.of(new JsonMember("Dhcp4", JsonPosition.NONE, edited)), JsonPosition.NONE,
                JsonPosition.NONE);
    }

    @Test
    void refusedConfigSetKeepsServingWithTheRunningConfiguration() throws Exception {
        try (NestorInstance server = start(config)) {
            JsonObject before = control.request("{\"command\": \"config-get\"}");
            JsonObject refused = control.request("{\"command\": \"config-set\", \"arguments\": {\"Dhcp4\": {"
                    + "\"subnet4\": [{\"id\": 1, \"subnet\": \"192.0.2.0/24\", \"pools\": [{\"pool\": "
                    + "\"10.0.0.1 - 10.0.0.5\"}]}]}}}");
            assertEquals(1, ControlClient.result(refused), refused::toString);
            assertTrue(ControlClient.text(refused).contains("(<wire>:1:"), refused::toString);
            assertEquals(before, control.request("{\"command\": \"config-get\"}"));

            warmUp();
            long acks = control.statistic("pkt4-ack-sent");
            perfdhcp();
            assertServed(acks);
            assertEquals(0, server.stop());
        }
    }

    /**
     * Every DISCOVER sent while config-set swaps configurations back to back is answered. (REQUESTs are not
     * checked: a swap restarts the pools' round-robin cursor, so a fresh client may be offered an address just
     * offered to another one and lose its REQUEST, as with Kea's iterative allocator.)
     */
    @Test
    void goodConfigSetsUnderLoadDropNoQuery() throws Exception {
        try (NestorInstance server = start(config)) {
            JsonObject running = (JsonObject) control.request("{\"command\": \"config-get\"}").get("arguments");
            long offers = control.statistic("pkt4-offer-sent");
            java.util.concurrent.CompletableFuture<Void> load = java.util.concurrent.CompletableFuture.runAsync(() -> {
                try {
                    perfdhcp();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            int applied = 0;
            while (!load.isDone()) {
                JsonObject set = control.request("{\"command\": \"config-set\", \"arguments\": "
                        + JsonWriter.compact(withServerTag(running, "tag-" + applied)) + "}");
                assertEquals(0, ControlClient.result(set), set::toString);
                applied++;
            }
            load.get();
            assertTrue(applied > 1, "config-set ran during the load");
            long answered = control.statistic("pkt4-offer-sent") - offers;
            assertTrue(answered >= CLIENTS, answered + " OFFERs for " + CLIENTS + " DISCOVERs");
            server.stop();
        }
    }

    @Test
    void dhcpDisableDropsTrafficAndDhcpEnableRestoresIt() throws Exception {
        try (NestorInstance server = start(config)) {
            assertEquals("DHCPv4 service disabled",
                    ControlClient.text(control.request("{\"command\": \"dhcp-disable\"}")));
            long received = control.statistic("pkt4-received");
            long acks = control.statistic("pkt4-ack-sent");
            perfdhcp();
            assertTrue(control.statistic("pkt4-received") >= received + CLIENTS, "statistic-get shows "
                    + "pkt4-received growing");
            assertEquals(acks, control.statistic("pkt4-ack-sent"), "nothing is served while disabled");

            assertEquals("DHCP service successfully enabled",
                    ControlClient.text(control.request("{\"command\": \"dhcp-enable\"}")));
            perfdhcp();
            assertServed(acks);
            server.stop();
        }
    }

    @Test
    void shutdownEndsTheProcessWithTheExitValueAndRemovesTheSocket() throws Exception {
        try (NestorInstance server = start(config)) {
            JsonObject answer = control.request("{\"command\": \"shutdown\", \"arguments\": {\"exit-value\": 3}}");
            assertEquals("Shutting down.", ControlClient.text(answer));
            assertEquals(3, server.awaitExit(60), server::toString);
            assertFalse(Files.exists(socket));
        }
    }

    @Test
    void listCommandsOverTheSocketIsTheDispatchersSortedSet() throws Exception {
        try (NestorInstance server = start(config)) {
            String listed = JsonWriter.compact(control.request("{\"command\": \"list-commands\"}").get("arguments"));
            assertTrue(listed.startsWith("[\"build-report\",\"config-get\",\"config-hash-get\""), listed);
            assertNotEquals(-1, listed.indexOf("\"version-get\"]"), listed);
            server.stop();
        }
    }

    /** Every perfdhcp client got its ACK (a retransmitted REQUEST may get one more). */
    private void assertServed(long acksBefore) throws Exception {
        long acks = control.statistic("pkt4-ack-sent") - acksBefore;
        assertTrue(acks >= CLIENTS, acks + " ACKs for " + CLIENTS + " clients");
    }

    /** perfdhcp as a relay on loopback: {@value #CLIENTS} four-way exchanges, bounded in time. */
    private static void perfdhcp() throws Exception {
        PerfdhcpRelay.toPort(10067).rate(25).clientsOnce(CLIENTS).dropAfter(5).exitWait(4_000_000).run(120);
    }
}
