package org.nestor.systest.rawlink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.nestor.systest.Commands;
import org.nestor.systest.NamespacePair;
import org.nestor.systest.NestorInstance;
import org.nestor.systest.TestConfigs;

/**
 * The checks of one client at a time on the client link of a {@link NamespacePair}: what it obtains, renew, restart
 * (INIT-REBOOT), release, and a DECLINE after a real ARP conflict.
 */
final class Lifecycle {
    static final String OPT234 = "Hello from Nestor";

    private final NamespacePair net;
    private final NestorInstance server;
    private final Path dir;

    Lifecycle(NamespacePair net, NestorInstance server, Path dir) {
        this.net = net;
        this.server = server;
        this.dir = dir;
    }

    /** The suite's configuration ({@link TestConfigs}) with {@code dhcp-socket-type: raw}. */
    static Path rawConfig(Path dir, String iface, Path leases) throws IOException {
        Path file = TestConfigs.write(dir, iface, leases);
        String json = Files.readString(file).replace("\"dhcp-socket-type\": \"udp\"", "\"dhcp-socket-type\": \"raw\"");
        return Files.writeString(file, json);
    }

    void dhclientChecks(String mac) throws Exception {
        setMac(net.clientIf, mac);
        try (Dhclient dhclient = new Dhclient(net, net.clientIf, dir, Dhclient.RENEW_SOON)) {
            String[] ip = new String[1];
            CheckLog.check("dhclient (option 234 requested in its config) gets address, routers, DNS, domain, "
                    + "option 234", () -> {
                        Map<String, String> env = dhclient.start();
                        assertOptions(env, "new_ip_address", "new_routers", "new_domain_name_servers",
                                "new_domain_name", "new_my_message");
                        ip[0] = env.get("new_ip_address");
                    });
            CheckLog.check("dhclient renews at its T1 and keeps its address", () -> {
                dhclient.script().clear();
                assertEquals(ip[0], dhclient.script().await(10, "RENEW").get("new_ip_address"));
            });
            CheckLog.check("dhclient restarted (INIT-REBOOT) gets the same address", () -> {
                dhclient.stop();
                Map<String, String> env = dhclient.start();
                assertEquals("REBOOT", env.get("EVENT"), env.toString());
                assertEquals(ip[0], env.get("new_ip_address"), env.toString());
            });
            CheckLog.check("dhclient releases and the server frees the lease", () -> {
                dhclient.release();
                RawClientsTest.awaitOutput(server, "DHCP4_RELEASE", ip[0]);
            });
        }
    }

    void dhcpcdChecks(String mac) throws Exception {
        setMac(net.clientIf, mac);
        try (Dhcpcd dhcpcd = new Dhcpcd(net, net.clientIf, dir)) {
            String[] ip = new String[1];
            CheckLog.check("dhcpcd gets pool address, routers, DNS, domain, option 234", () -> {
                Map<String, String> env = dhcpcd.start();
                assertEquals("BOUND", env.get("EVENT"), env + "\n" + dhcpcd.output());
                assertOptions(env, "new_ip_address", "new_routers", "new_domain_name_servers", "new_domain_name",
                        "new_my_message");
                ip[0] = env.get("new_ip_address");
            });
            CheckLog.check("dhcpcd renews (-N) and keeps its address",
                    () -> assertEquals(ip[0], dhcpcd.renew().get("new_ip_address"), dhcpcd.output()));
            CheckLog.check("dhcpcd restarted (INIT-REBOOT) gets the same address", () -> {
                dhcpcd.stop();
                Map<String, String> env = dhcpcd.start();
                assertEquals("REBOOT", env.get("EVENT"), env + "\n" + dhcpcd.output());
                assertEquals(ip[0], env.get("new_ip_address"), dhcpcd.output());
                RawClientsTest.awaitOutput(server, "DHCP4_INIT_REBOOT", ip[0]);
            });
            CheckLog.check("dhcpcd releases (-k) and the server frees the lease", () -> {
                dhcpcd.release();
                RawClientsTest.awaitOutput(server, "DHCP4_RELEASE", ip[0]);
            });
        }
    }

    /**
     * udhcpc validates its lease with an ARP probe ({@code -a}); the server's namespace holds the address it asks
     * for, so it answers the probe and udhcpc declines: the address goes on probation (lease state 1).
     */
    void declineCheck(String mac, Path leases) throws Exception {
        String taken = "192.0.2.150";
        setMac(net.clientIf, mac);
        net.inServer("ip", "addr", "add", taken + "/32", "dev", net.serverIf);
        ClientScript script = new ClientScript(dir, "udhcpc-decline");
        Process udhcpc = new ProcessBuilder("ip", "netns", "exec", net.clientNs, "udhcpc", "-i", net.clientIf, "-f",
                "-n", "-a", "-r", taken, "-t", "3", "-T", "2", "-s", script.path()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("udhcpc-decline.out").toFile()).start();
        try {
            CheckLog.check("udhcpc finding its address in use (ARP) declines it and the server puts it on probation",
                    () -> {
                        RawClientsTest.awaitOutput(server, "DHCP4_DECLINE_LEASE", taken);
                        String[] row = RawClientsTest.lastLeaseRow(leases, taken);
                        assertEquals("1", row[9], "state of " + String.join(",", row));
                        assertEquals("", row[1], "a declined lease keeps no hardware address");
                    });
        } finally {
            Commands.run(5, "kill", "-TERM", Long.toString(udhcpc.pid()));
            udhcpc.waitFor(10, TimeUnit.SECONDS);
            net.inServer("ip", "addr", "del", taken + "/32", "dev", net.serverIf);
        }
    }

    Map<String, String> udhcpcOnce(String iface) throws Exception {
        ClientScript script = new ClientScript(dir, "udhcpc");
        script.clear();
        Commands.Result r = net.runInClient(40, "udhcpc", "-i", iface, "-f", "-q", "-n", "-t", "5", "-T", "2",
                "-O", "234", "-s", script.path());
        assertEquals(0, r.exitCode(), r.output());
        return script.await(1, "bound");
    }

    void setMac(String iface, String mac) throws Exception {
        net.inClient("ip", "link", "set", iface, "down");
        net.inClient("ip", "link", "set", iface, "address", mac);
        net.inClient("ip", "link", "set", iface, "up");
    }

    /** Checks the five answers in the variables a client's script received, whatever the client calls them. */
    static void assertOptions(Map<String, String> env, String ip, String routers, String dns, String domain,
                              String opt234) {
        String address = env.get(ip);
        int last = address == null ? -1 : Integer.parseInt(address.substring(address.lastIndexOf('.') + 1));
        assertTrue(address != null && address.startsWith("192.0.2.") && last >= 100 && last <= 199, env.toString());
        assertEquals("192.0.2.1", env.get(routers), env.toString());
        assertEquals("192.0.2.1 192.0.2.2", env.get(dns).trim(), env.toString());
        assertEquals("example.org", env.get(domain), env.toString());
        String custom = env.get(opt234);
        assertTrue(OPT234.equals(custom) || HexFormat.of().formatHex(OPT234.getBytes(StandardCharsets.US_ASCII))
                .equals(custom), env.toString());
    }
}
