package org.nestor.systest.subnetcmds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nestor.systest.ControlClient.arguments;
import static org.nestor.systest.ControlClient.result;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nestor.systest.Commands;
import org.nestor.systest.ControlClient;
import org.nestor.systest.NestorInstance;
import org.nestor.systest.TestConfigs;
import org.nestor.systest.UdpPorts;

/**
 * The issue's operator flow on the distribution: serve clients, add a subnet with pools and options with
 * subnet4-add, serve clients from it through a relay address, config-write, restart, and find the subnet and the
 * leases still there. perfdhcp relays from 127.0.0.1 (the only loopback address it can bind without changing the
 * host): subnet4-delta-del takes that relay address from the first subnet and the added subnet names it, so the
 * relayed clients can only be served from the added subnet. A client
 * counts as served when its lease is in the lease file (the server writes it before the ACK leaves).
 * The files stay under /tmp/subnetcmds-e2e-* when the test fails, for diagnosis.
 */
class SubnetAddEndToEndTest {
    private static final int CLIENTS = 5;

    @Test
    void aSubnetAddedAtRunTimeServesRelayedClientsAndSurvivesConfigWriteAndRestart() throws Exception {
        Commands.requireRootAndTools("perfdhcp");
        Path dir = Files.createTempDirectory("subnetcmds-e2e-");
        Path socket = dir.resolve("ctrl.sock");
        Path leases = dir.resolve("leases4.csv");
        Path config = TestConfigs.withControlSocket(dir, socket, leases);
        Path state = dir.resolve("state");
        HookBundles.forInstance(state).deploy("hook-subnet-cmds");
        int port = UdpPorts.freePair();
        String[] ports = {"-p", Integer.toString(port), "-P", Integer.toString(port + 1)};
        ControlClient control = new ControlClient(socket);
        try (NestorInstance server = NestorInstance.start(null, config, state, ports)) {
            control.awaitCommand("subnet4-add", true);
            String first = perfdhcp("127.0.0.1", port, 7);
            assertEquals(CLIENTS, offers(first), first);
            awaitLeases(leases, "192.0.2.");

            Map<String, Object> moved = control.sendForMap("subnet4-delta-del", "{\"subnet4\": [ {\"id\": 1, "
                    + "\"subnet\": \"192.0.2.0/24\", \"relay\": {} } ]}");
            assertEquals(0, result(moved), moved.toString());
            Map<String, Object> added = control.sendForMap("subnet4-add", "{\"subnet4\": [ {\"id\": 2, \"subnet\": "
                    + "\"198.51.100.0/24\", \"relay\": {\"ip-addresses\": [\"127.0.0.1\"]},"
                    + " \"pools\": [ {\"pool\": \"198.51.100.100 - 198.51.100.150\"} ],"
                    + " \"option-data\": [ {\"name\": \"routers\", \"data\": \"198.51.100.1\"} ] } ]}");
            assertEquals(0, result(added), added.toString());

            String relayed = perfdhcp("127.0.0.1", port, 8);
            assertEquals(CLIENTS, offers(relayed), relayed);
            awaitLeases(leases, "198.51.100.");
            Map<String, Object> written = control.sendForMap("config-write", null);
            assertEquals(0, result(written), written.toString());
            assertEquals(0, server.stop());
        }
        assertEquals(CLIENTS, leasedIn(leases, "198.51.100."), Files.readString(leases));
        assertTrue(Files.readString(config).contains("198.51.100.0/24"), "config-write wrote the added subnet");

        try (NestorInstance server = NestorInstance.start(null, config, state, ports)) {
            control.awaitCommand("subnet4-get", true);
            Map<String, List<Map<String, Object>>> got = arguments(control.sendForMap("subnet4-get", "{\"id\": 2}"));
            Map<String, Object> subnet = got.get("subnets").get(0);
            assertEquals("198.51.100.0/24", subnet.get("subnet"));
            assertEquals(1, ((List<?>) subnet.get("pools")).size());
            assertEquals(CLIENTS, assigned(control, 2), "the added subnet's leases, loaded again");
            assertEquals(CLIENTS, assigned(control, 1), "the first subnet's leases, loaded again");
            server.stop();
        }
        CommandInstance.deleteTree(dir);
    }

    /**
     * perfdhcp as a relay at {@code relay} (its giaddr), {@link #CLIENTS} clients with MACs from {@code seed}; a
     * drop time of 5 s for DISCOVER and for REQUEST (one {@code -d} sets DISCOVER's only): a cold server may take
     * more than perfdhcp's default second for the first exchanges.
     */
    private static String perfdhcp(String relay, int port, int seed) throws Exception {
        return Commands.run(120, "perfdhcp", "-4", "-l", relay, "-N", Integer.toString(port), "-L",
                Integer.toString(port + 1), "-r", "10", "-n", Integer.toString(CLIENTS), "-R",
                Integer.toString(CLIENTS), "-s", Integer.toString(seed), "-d", "5", "-d", "5", "-W", "4000000", "127.0.0.1")
                .output();
    }

    /**
     * @return the offers perfdhcp received. Its ACK count is not used: on a server still cold (JIT) the first ACKs
     *         of so short a run come after perfdhcp has reported, although they are sent: the leases are granted
     *         and written, which {@link #awaitLeases} checks instead
     */
    private static long offers(String perfdhcpOutput) {
        int block = perfdhcpOutput.indexOf("***Statistics for: DISCOVER-OFFER***");
        Matcher m = Pattern.compile("received packets: (\\d+)").matcher(perfdhcpOutput.substring(Math.max(0,
                block)));
        if (block < 0 || !m.find()) {
            throw new AssertionError("no DISCOVER-OFFER statistics in perfdhcp's output:\n" + perfdhcpOutput);
        }
        return Long.parseLong(m.group(1));
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

    private static long assigned(ControlClient control, long subnetId) throws Exception {
        String name = "subnet[" + subnetId + "].assigned-addresses";
        Map<String, List<List<Object>>> stat = arguments(control.sendForMap("statistic-get", "{\"name\": \"" + name
                + "\"}"));
        return (Long) stat.get(name).get(0).get(0);
    }
}
