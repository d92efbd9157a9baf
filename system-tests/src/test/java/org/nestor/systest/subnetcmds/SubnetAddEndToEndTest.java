package org.nestor.systest.subnetcmds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nestor.systest.ControlClient.arguments;
import static org.nestor.systest.ControlClient.result;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.nestor.core.hooks.JsonValues;
import org.nestor.core.json.JsonArray;
import org.nestor.core.json.JsonParser;
import org.nestor.systest.Commands;
import org.nestor.systest.NestorInstance;
import org.nestor.systest.PerfdhcpOutput;
import org.nestor.systest.PerfdhcpRelay;
import org.nestor.systest.TestConfigs;
import org.nestor.systest.UdpPorts;

/**
 * The operator flow on the distribution, driven as operators drive Kea: curl to the control agent
 * ({@code bin/nestor-ctrl-agent}, Kea's {@code service} lists), the hook libraries named in {@code hooks-libraries}
 * by Debian's Kea paths. Serve clients, lease4-get-all, add a subnet with pools and options with subnet4-add, serve
 * clients from it through a relay address, config-write, restart, and find the subnet and the leases still there.
 * perfdhcp relays from 127.0.0.1 (the only loopback address it can bind without changing the host):
 * subnet4-delta-del takes that relay address from the first subnet and the added subnet names it, so the relayed
 * clients can only be served from the added subnet. A client counts as served when its lease is in the lease file
 * (the server writes it before the ACK leaves). The files stay under /tmp/subnetcmds-e2e-* when the test fails.
 */
class SubnetAddEndToEndTest {
    private static final int CLIENTS = 5;

    @Test
    void aSubnetAddedWithCurlServesRelayedClientsAndSurvivesConfigWriteAndRestart() throws Exception {
        Commands.requireRootAndTools("perfdhcp", "curl");
        Path dir = Files.createTempDirectory("subnetcmds-e2e-");
        Path socket = dir.resolve("ctrl.sock");
        Path leases = dir.resolve("leases4.csv");
        Path config = TestConfigs.withControlSocket(dir, socket, leases);
        Files.writeString(config, Files.readString(config).replace("\"interfaces-config\"", """
                "hooks-libraries": [
                      { "library": "/usr/lib/x86_64-linux-gnu/kea/hooks/libdhcp_lease_cmds.so" },
                      { "library": "/usr/lib/x86_64-linux-gnu/kea/hooks/libdhcp_subnet_cmds.so" } ],
                    "interfaces-config\""""));
        Path state = dir.resolve("state");
        int port = UdpPorts.freePair();
        String[] ports = {"-p", Integer.toString(port), "-P", Integer.toString(port + 1)};
        int agentPort;
        try (ServerSocket s = new ServerSocket(0)) {
            agentPort = s.getLocalPort();
        }
        Path agentConfig = Files.writeString(dir.resolve("kea-ctrl-agent.conf"), """
                { "Control-agent": { "http-host": "127.0.0.1", "http-port": %d,
                    "control-sockets": { "dhcp4": { "socket-type": "unix", "socket-name": "%s" } } } }
                """.formatted(agentPort, socket));
        Process agent = startAgent(agentConfig, dir.resolve("agent.log"));
        try {
            try (NestorInstance server = NestorInstance.start(null, config, state, ports)) {
                String first = perfdhcp("127.0.0.1", port, 7);
                assertEquals(CLIENTS, PerfdhcpOutput.count(first, "DISCOVER-OFFER", "received packets"), first);
                awaitLeases(leases, "192.0.2.");
                Map<String, Object> all = curl(agentPort, "lease4-get-all", null);
                assertEquals(0, result(all), all.toString());
                assertEquals(CLIENTS, ((List<?>) ((Map<?, ?>) arguments(all)).get("leases")).size(), all.toString());

                Map<String, Object> moved = curl(agentPort, "subnet4-delta-del", "{\"subnet4\": [ {\"id\": 1, "
                        + "\"subnet\": \"192.0.2.0/24\", \"relay\": {} } ]}");
                assertEquals(0, result(moved), moved.toString());
                Map<String, Object> added = curl(agentPort, "subnet4-add", "{\"subnet4\": [ {\"id\": 2, \"subnet\": "
                        + "\"198.51.100.0/24\", \"relay\": {\"ip-addresses\": [\"127.0.0.1\"]},"
                        + " \"pools\": [ {\"pool\": \"198.51.100.100 - 198.51.100.150\"} ],"
                        + " \"option-data\": [ {\"name\": \"routers\", \"data\": \"198.51.100.1\"} ] } ]}");
                assertEquals(0, result(added), added.toString());

                String relayed = perfdhcp("127.0.0.1", port, 8);
                assertEquals(CLIENTS, PerfdhcpOutput.count(relayed, "DISCOVER-OFFER", "received packets"), relayed);
                awaitLeases(leases, "198.51.100.");
                Map<String, Object> written = curl(agentPort, "config-write", null);
                assertEquals(0, result(written), written.toString());
                assertEquals(0, server.stop());
            }
            assertEquals(CLIENTS, leasedIn(leases, "198.51.100."), Files.readString(leases));
            assertTrue(Files.readString(config).contains("198.51.100.0/24"), "config-write wrote the added subnet");

            try (NestorInstance server = NestorInstance.start(null, config, state, ports)) {
                Map<String, List<Map<String, Object>>> got = arguments(curl(agentPort, "subnet4-get", "{\"id\": 2}"));
                Map<String, Object> subnet = got.get("subnets").get(0);
                assertEquals("198.51.100.0/24", subnet.get("subnet"));
                assertEquals(1, ((List<?>) subnet.get("pools")).size());
                Map<String, Object> kept = curl(agentPort, "lease4-get-all", "{\"subnets\": [2]}");
                assertEquals(CLIENTS, ((List<?>) ((Map<?, ?>) arguments(kept)).get("leases")).size(),
                        "the added subnet's leases, loaded again: " + kept);
                server.stop();
            }
        } finally {
            agent.destroy();
            if (!agent.waitFor(30, TimeUnit.SECONDS)) {
                agent.destroyForcibly();
            }
        }
        CommandInstance.deleteTree(dir);
    }

    private static Process startAgent(Path config, Path log) throws Exception {
        Process p = new ProcessBuilder(Commands.nestorHome().resolve("bin/nestor-ctrl-agent").toString(), "-c",
                config.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(log).contains("CTRL_AGENT_STARTED")) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                p.destroyForcibly();
                throw new AssertionError("the control agent did not start:\n" + Files.readString(log));
            }
            Thread.sleep(100);
        }
        return p;
    }

    /** @return the dhcp4 element of the agent's answer to {@code curl -d '{"command": ..., "service": ["dhcp4"]}'} */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> curl(int agentPort, String command, String arguments) throws Exception {
        String body = "{\"command\": \"" + command + "\", \"service\": [\"dhcp4\"]"
                + (arguments == null ? "" : ", \"arguments\": " + arguments) + "}";
        Commands.Result r = Commands.run(60, "curl", "-sS", "-X", "POST", "-H", "Content-Type: application/json",
                "-d", body, "http://127.0.0.1:" + agentPort + "/");
        assertEquals(0, r.exitCode(), r.output());
        JsonArray answers = (JsonArray) new JsonParser().parse(r.output(), "<curl>");
        return (Map<String, Object>) JsonValues.toJava(answers.items().get(0));
    }

    /**
     * perfdhcp as a relay at {@code relay} (its giaddr), {@link #CLIENTS} clients with MACs from {@code seed}; a
     * drop time of 5 s for DISCOVER and for REQUEST (one {@code -d} sets DISCOVER's only): a cold server may take
     * more than perfdhcp's default second for the first exchanges.
     */
    private static String perfdhcp(String relay, int port, int seed) throws Exception {
        return PerfdhcpRelay.from(relay, port).rate(10).clientsOnce(CLIENTS).seed(seed).dropAfter(5, 5)
                .exitWait(4_000_000).run(120).output();
    }


    /** Waits (at most 20 s) until {@link #CLIENTS} addresses starting with {@code prefix} are leased in the file. */
    private static void awaitLeases(Path leases, String prefix) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (leasedIn(leases, prefix) < CLIENTS && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(CLIENTS, leasedIn(leases, prefix), Files.readString(leases));
    }

    private static long leasedIn(Path leases, String prefix) throws Exception {
        return Files.readAllLines(leases).stream().skip(1).filter(r -> r.startsWith(prefix))
                .map(r -> r.split(",")[0]).distinct().count();
    }
}
