package org.nestor.core.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nestor.core.config.Dhcp4Config;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonParser;
import org.nestor.core.json.JsonWriter;
import org.nestor.core.net.Dhcp4Transport;
import org.nestor.core.net.HostInterface;
import org.nestor.core.net.HostInterfaces;
import org.nestor.core.net.SystemHostInterfaces;
import org.nestor.core.net.TransportSettings;
import org.nestor.core.stats.StatsManager;

/** {@code interfaces-config}'s service-socket parameters as the running server applies and reports them. */
class ServiceSocketsServerTest {
    @TempDir
    Path dir;

    private final FakeParts fakes = new FakeParts();
    private Dhcp4Server server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    private Dhcp4Server serverOn(int port, String interfacesConfig) throws Exception {
        String text = TestConfigs.onLoopback("t", dir.resolve("leases.csv").toString()).replace(
                "\"interfaces-config\": { \"interfaces\": [ \"lo\" ], \"dhcp-socket-type\": \"udp\" }",
                "\"interfaces-config\": { \"interfaces\": [ \"lo\" ], \"dhcp-socket-type\": \"udp\", "
                        + interfacesConfig + " }");
        Path config = FakeParts.writeConfig(dir, "kea-dhcp4.conf", text);
        server = new Dhcp4Server(new ServerSettings(config, new ServerPorts(port, 68), dir, dir), fakes.parts(dir));
        return server;
    }

    private JsonObject sockets() throws Exception {
        JsonObject answer = server.commands().execute(new JsonParser().parse("{\"command\": \"status-get\"}",
                "<test>"));
        return (JsonObject) ((JsonObject) answer.get("arguments")).get("sockets");
    }

    @Test
    void requireAllWithoutRetriesRefusesToStartOnABusyPort() throws Exception {
        try (DatagramSocket squatter = new DatagramSocket(new InetSocketAddress(0))) {
            serverOn(squatter.getLocalPort(), "\"service-sockets-require-all\": true");
            ServerStartException e = assertThrows(ServerStartException.class, server::start);
            assertTrue(e.getMessage().startsWith("Failed to open socket on interface lo"), e.getMessage());
        }
    }

    @Test
    void busyPortWithoutRequireAllStartsAndStatusGetSaysFailedWithTheError() throws Exception {
        try (DatagramSocket squatter = new DatagramSocket(new InetSocketAddress(0))) {
            serverOn(squatter.getLocalPort(), "\"service-sockets-require-all\": false").start();
            JsonObject sockets = sockets();
            assertEquals("\"failed\"", JsonWriter.compact(sockets.get("status")));
            assertTrue(JsonWriter.compact(sockets.get("errors")).contains("Failed to open socket on interface lo"),
                    JsonWriter.compact(sockets));
        }
    }

    @Test
    void retryingSocketsAreReportedAndThenReadyOnceThePortIsFree() throws Exception {
        DatagramSocket squatter = new DatagramSocket(new InetSocketAddress(0));
        try {
            serverOn(squatter.getLocalPort(), "\"service-sockets-require-all\": true, "
                    + "\"service-sockets-retry-wait-time\": 50, \"service-sockets-max-retries\": 1000").start();
            assertEquals("\"retrying\"", JsonWriter.compact(sockets().get("status")));
            squatter.close();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!"{\"status\":\"ready\"}".equals(JsonWriter.compact(sockets())) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals("{\"status\":\"ready\"}", JsonWriter.compact(sockets()));
            assertEquals(List.of("lo"), server.interfaces());
        } finally {
            squatter.close();
        }
    }

    @Test
    void exhaustedRetriesWithRequireAllShutTheServerDownWithStatusOne() throws Exception {
        try (DatagramSocket squatter = new DatagramSocket(new InetSocketAddress(0))) {
            serverOn(squatter.getLocalPort(), "\"service-sockets-require-all\": true, "
                    + "\"service-sockets-retry-wait-time\": 50, \"service-sockets-max-retries\": 2").start();
            assertTrue(server.awaitStop(10, TimeUnit.SECONDS));
            assertFalse(server.isRunning());
            assertEquals(1, server.exitValue());
        }
    }

    @Test
    void interfacesConfigReachesTheTransportSettings() throws Exception {
        Dhcp4Config config = configWith("\"outbound-interface\": \"use-routing\", "
                + "\"service-sockets-require-all\": true, \"service-sockets-retry-wait-time\": 1500, "
                + "\"service-sockets-max-retries\": 7");
        TransportSettings settings = new RunningParts(fakes.parts(dir), new ServerContext(new StatsManager(),
                Clock.systemUTC(), new ServerPorts(20067, 68), dir)).transportSettings(config);
        assertTrue(settings.useRouting());
        assertTrue(settings.requireAll());
        assertEquals(1500, settings.retryWaitMillis());
        assertEquals(7, settings.maxRetries());
        assertEquals(20067, settings.serverPort());
        assertEquals("udp", settings.socketType());
    }

    @Test
    void reDetectComparesAFreshDetectionWhileReDetectFalseKeepsTheFirst() throws Exception {
        Dhcp4Config detecting = configWith("\"re-detect\": true");
        Dhcp4Config keeping = configWith("\"re-detect\": false");
        List<HostInterface> loOnly = new SystemHostInterfaces().list().stream()
                .filter(i -> i.name().equals("lo")).toList();
        Assumptions.assumeTrue(new SystemHostInterfaces().list().size() > 1, "this host has only lo");
        try (Dhcp4Transport first = Dhcp4Transport.open(new TransportSettings(List.of("lo"), "udp", 0, true, 1, 4),
                (in, send) -> { }, () -> { }, HostInterfaces.fixed(loOnly))) {
            HostInterfaces kept = RunningParts.interfacesFor(keeping, first);
            assertEquals(loOnly, kept.list());
            assertTrue(RunningParts.keepsSockets(keeping, keeping, first, kept));

            HostInterfaces fresh = RunningParts.interfacesFor(detecting, first);
            assertFalse(RunningParts.keepsSockets(detecting, detecting, first, fresh),
                    "an interface found since the sockets were opened reopens them");
            assertFalse(RunningParts.keepsSockets(keeping, detecting, first, kept), "another interfaces-config");
        }
    }

    private Dhcp4Config configWith(String interfacesConfig) throws Exception {
        serverOn(0, interfacesConfig);
        server = null;
        return fakes.parts(dir).configLoader().load(dir.resolve("kea-dhcp4.conf"));
    }
}
