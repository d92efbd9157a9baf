package org.nestor.systest.rawlink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nestor.systest.Commands;
import org.nestor.systest.NamespacePair;
import org.nestor.systest.NestorInstance;

/**
 * The real-client suite: udhcpc, dhclient and dhcpcd against the distribution, directly connected over raw sockets
 * (none of them asking for a broadcast reply) and through dhcrelay in udp mode. One line per check, and
 * {@code rawlink: N passed, N failed} after the last test. Each test makes its namespaces and removes them.
 */
class RawClientsTest {
    @TempDir
    Path dir;

    @AfterAll
    static void summary() {
        System.out.println(CheckLog.summary());
    }

    @Test
    void directClientsObtainRenewRebootReleaseAndDecline() throws Exception {
        Commands.requireRootAndTools("udhcpc", "dhclient", "dhcpcd", "ip");
        try (NamespacePair net = NamespacePair.create("02:00:00:00:00:55")) {
            Path leases = dir.resolve("leases4.csv");
            try (NestorInstance server = NestorInstance.start(net.serverNs, Lifecycle.rawConfig(dir, net.serverIf,
                    leases), dir.resolve("state"))) {
                Lifecycle life = new Lifecycle(net, server, dir);
                CheckLog.check("server uses raw sockets", () -> assertTrue(
                        server.output().contains("using socket type raw"), server.output()));
                CheckLog.check("udhcpc (no broadcast flag) gets pool address, routers, DNS, domain, option 234",
                        () -> Lifecycle.assertOptions(life.udhcpcOnce(net.clientIf), "ip", "router", "dns", "domain",
                                "opt234"));
                CheckLog.check("udhcpc with a reserved MAC gets 192.0.2.10 and hostname printer", () -> {
                    life.setMac(net.clientIf, "02:00:00:00:00:01");
                    Map<String, String> env = life.udhcpcOnce(net.clientIf);
                    assertEquals("192.0.2.10", env.get("ip"), env.toString());
                    assertEquals("printer", env.get("hostname"), env.toString());
                });
                life.dhclientChecks("02:00:00:00:00:56");
                life.dhcpcdChecks("02:00:00:00:00:57");
                life.declineCheck("02:00:00:00:00:58", leases);
            }
        }
        assertEquals(List.of(), CheckLog.failed());
    }

    @Test
    void clientsKeepTheirAddressesAcrossAPersistentServerRestart() throws Exception {
        Commands.requireRootAndTools("udhcpc", "dhclient", "dhcpcd", "ip");
        try (NamespacePair net = NamespacePair.create("02:00:00:00:00:66")) {
            new RestartChecks(net, dir).run();
        }
        assertEquals(List.of(), CheckLog.failed());
    }

    @Test
    void relayedClientsGetAddressesAndRoutersOfTheirOwnSubnets() throws Exception {
        Commands.requireRootAndTools("udhcpc", "dhcrelay", "ip");
        try (RelayLab lab = RelayLab.create(dir)) {
            lab.run();
        }
        assertEquals(List.of(), CheckLog.failed());
    }

    /** Waits until a line of the server's output names {@code id} and {@code address}. */
    static void awaitOutput(NestorInstance server, String id, String address) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (server.output().lines().anyMatch(l -> l.contains(id) && l.contains(address))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + id + " for " + address + " in the server's output");
    }

    /** @return the lease file's last row for {@code address}, as Kea's memfile CSV columns */
    static String[] lastLeaseRow(Path leases, String address) throws Exception {
        String[] last = null;
        for (String line : Files.readAllLines(leases)) {
            if (line.startsWith(address + ",")) {
                last = line.split(",", -1);
            }
        }
        if (last == null) {
            throw new AssertionError("no row for " + address + " in " + leases);
        }
        return last;
    }
}
