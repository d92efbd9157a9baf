package org.nestor.systest.rawlink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.nestor.systest.Commands;
import org.nestor.systest.NamespacePair;
import org.nestor.systest.NestorInstance;

/**
 * udhcpc, dhclient and dhcpcd bound at the same time (each on a macvlan link of its own) while the server, with a
 * persistent lease file, is stopped and started again: each renews and keeps its address.
 */
final class RestartChecks {
    private final NamespacePair net;
    private final Path dir;

    RestartChecks(NamespacePair net, Path dir) {
        this.net = net;
        this.dir = dir;
    }

    void run() throws Exception {
        Path config = Lifecycle.rawConfig(dir, net.serverIf, dir.resolve("leases4.csv"));
        String udhcpcIf = net.addClientLink(1, "02:00:00:00:00:61");
        String dhclientIf = net.addClientLink(2, "02:00:00:00:00:62");
        String dhcpcdIf = net.addClientLink(3, "02:00:00:00:00:63");
        ClientScript udhcpcScript = new ClientScript(dir, "udhcpc-bg");
        NestorInstance server = NestorInstance.start(net.serverNs, config, dir.resolve("state"));
        Process udhcpc = new ProcessBuilder("ip", "netns", "exec", net.clientNs, "udhcpc", "-i", udhcpcIf, "-f",
                "-t", "5", "-T", "2", "-O", "234", "-s", udhcpcScript.path()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("udhcpc-bg.out").toFile()).start();
        try (Dhclient dhclient = new Dhclient(net, dhclientIf, dir, Dhclient.RENEW_SOON
                + "backoff-cutoff 2;\ninitial-interval 1;\n");
             Dhcpcd dhcpcd = new Dhcpcd(net, dhcpcdIf, dir)) {
            String udhcpcIp = udhcpcScript.await(30, "bound").get("ip");
            String dhclientIp = dhclient.start().get("new_ip_address");
            String dhcpcdIp = dhcpcd.start().get("new_ip_address");
            CheckLog.check("udhcpc renews (SIGUSR1) and keeps its address", () -> {
                udhcpcScript.clear();
                Commands.ok(5, "kill", "-USR1", Long.toString(udhcpc.pid()));
                assertEquals(udhcpcIp, udhcpcScript.await(20, "renew", "bound").get("ip"));
            });
            server.stop();
            server = NestorInstance.start(net.serverNs, config, dir.resolve("state"));
            NestorInstance again = server;
            udhcpcScript.clear();
            dhclient.script().clear();
            CheckLog.check("server restarted with persist on: udhcpc renews and keeps its address", () -> {
                Commands.ok(5, "kill", "-USR1", Long.toString(udhcpc.pid()));
                assertEquals(udhcpcIp, udhcpcScript.await(20, "renew", "bound").get("ip"));
                RawClientsTest.awaitOutput(again, "DHCP4_LEASE_ALLOC", udhcpcIp);
            });
            CheckLog.check("server restarted with persist on: dhclient renews and keeps its address", () -> {
                assertEquals(dhclientIp, dhclient.script().await(20, "RENEW").get("new_ip_address"));
                RawClientsTest.awaitOutput(again, "DHCP4_LEASE_ALLOC", dhclientIp);
            });
            CheckLog.check("server restarted with persist on: dhcpcd renews and keeps its address", () -> {
                assertEquals(dhcpcdIp, dhcpcd.renew().get("new_ip_address"));
                RawClientsTest.awaitOutput(again, "DHCP4_LEASE_ALLOC", dhcpcdIp);
            });
            CheckLog.check("udhcpc releases (SIGUSR2) and the server frees the lease", () -> {
                Commands.ok(5, "kill", "-USR2", Long.toString(udhcpc.pid()));
                udhcpcScript.await(10, "deconfig");
                RawClientsTest.awaitOutput(again, "DHCP4_RELEASE", udhcpcIp);
            });
            dhcpcd.release();
            dhclient.stop();
        } finally {
            Commands.run(5, "kill", "-TERM", Long.toString(udhcpc.pid()));
            udhcpc.waitFor(10, TimeUnit.SECONDS);
            server.close();
        }
    }
}
