package org.nestor.systest.rawlink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nestor.systest.Commands;
import org.nestor.systest.NamespacePair;
import org.nestor.systest.NestorInstance;
import org.nestor.systest.TestConfigs;

/**
 * Real clients against the distribution with {@code dhcp-socket-type: raw}, none of them asking for a broadcast
 * reply: the server answers them at layer 2. One namespace pair per test, removed after it.
 */
class RawClientsTest {
    private static final String OPT234 = "Hello from Nestor";
    private static final String DHCLIENT_CONF = """
            option my-message code 234 = string;
            request subnet-mask, broadcast-address, routers, domain-name-servers, domain-name, my-message;
            """;
    private static final String DHCPCD_CONF = """
            define 234 string my_message
            option domain_name_servers, domain_name, routers, my_message
            """;

    @TempDir
    Path dir;

    @AfterAll
    static void summary() {
        System.out.println("[rawlink] " + CheckLog.summary());
    }

    @Test
    void udhcpcDhclientAndDhcpcdAreServedOverRawSockets() throws Exception {
        Commands.requireRootAndTools("udhcpc", "dhclient", "dhcpcd", "ip");
        try (NamespacePair net = NamespacePair.create("02:00:00:00:00:55")) {
            Path state = dir.resolve("state");
            try (NestorInstance server = NestorInstance.start(net.serverNs, rawConfig(net.serverIf), state)) {
                CheckLog.check("server uses raw sockets", () -> assertTrue(
                        server.output().contains("using socket type raw"), server.output()));
                CheckLog.check("udhcpc (no broadcast flag) gets pool address, routers, DNS, domain, option 234",
                        () -> assertOptions(udhcpcOnce(net), "ip", "router", "dns", "domain", "opt234"));
                CheckLog.check("udhcpc with a reserved MAC gets 192.0.2.10 and hostname printer", () -> {
                    setMac(net, "02:00:00:00:00:01");
                    Map<String, String> env = udhcpcOnce(net);
                    assertEquals("192.0.2.10", env.get("ip"), env.toString());
                    assertEquals("printer", env.get("hostname"), env.toString());
                });
                dhclientChecks(net, server);
                CheckLog.check("dhcpcd gets pool address, routers, DNS, domain, option 234", () -> {
                    setMac(net, "02:00:00:00:00:57");
                    assertOptions(dhcpcdTest(net), "new_ip_address", "new_routers", "new_domain_name_servers",
                            "new_domain_name", "new_my_message");
                });
            }
        }
        assertEquals(List.of(), CheckLog.failed());
    }

    @Test
    void udhcpcRenewsReleasesAndKeepsItsAddressAcrossAServerRestart() throws Exception {
        Commands.requireRootAndTools("udhcpc", "ip");
        try (NamespacePair net = NamespacePair.create("02:00:00:00:00:66")) {
            Path config = rawConfig(net.serverIf);
            ClientScript script = new ClientScript(dir, "udhcpc-bg");
            NestorInstance server = NestorInstance.start(net.serverNs, config, dir.resolve("state"));
            Process client = new ProcessBuilder("ip", "netns", "exec", net.clientNs, "udhcpc", "-i", net.clientIf,
                    "-f", "-t", "5", "-T", "2", "-O", "234", "-s", script.path())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("udhcpc-bg.out").toFile()).start();
            try {
                String ip = script.await(30, "bound").get("ip");
                CheckLog.check("udhcpc renews (SIGUSR1) and keeps its address", () -> {
                    script.clear();
                    Commands.ok(5, "kill", "-USR1", Long.toString(client.pid()));
                    assertEquals(ip, script.await(20, "renew", "bound").get("ip"));
                });
                CheckLog.check("server restarted with persist on: udhcpc renews and keeps its address", () -> {
                    server.stop();
                    NestorInstance again = NestorInstance.start(net.serverNs, config, dir.resolve("state"));
                    try {
                        script.clear();
                        Commands.ok(5, "kill", "-USR1", Long.toString(client.pid()));
                        assertEquals(ip, script.await(20, "renew", "bound").get("ip"));
                        CheckLog.check("udhcpc releases (SIGUSR2) and the server frees the lease", () -> {
                            Commands.ok(5, "kill", "-USR2", Long.toString(client.pid()));
                            script.await(10, "deconfig");
                            awaitOutput(again, "DHCP4_RELEASE", ip);
                        });
                    } finally {
                        again.stop();
                    }
                });
            } finally {
                client.destroy();
                client.waitFor(10, TimeUnit.SECONDS);
                server.close();
            }
        }
        assertEquals(List.of(), CheckLog.failed());
    }

    private void dhclientChecks(NamespacePair net, NestorInstance server) throws Exception {
        Path conf = Files.writeString(dir.resolve("dhclient.conf"), DHCLIENT_CONF);
        ClientScript script = new ClientScript(dir, "dhclient");
        String[] base = {"dhclient", "-4", "-cf", conf.toString(), "-lf", dir.resolve("dhclient.leases").toString(),
            "-pf", dir.resolve("dhclient.pid").toString(), "-sf", script.path()};
        String[] ip = new String[1];
        CheckLog.check("dhclient (option 234 requested in its config) gets address, routers, DNS, domain, option 234",
                () -> {
                    setMac(net, "02:00:00:00:00:56");
                    net.inClient(join(base, "-1", net.clientIf));
                    Map<String, String> env = script.await(5, "BOUND");
                    assertOptions(env, "new_ip_address", "new_routers", "new_domain_name_servers",
                            "new_domain_name", "new_my_message");
                    ip[0] = env.get("new_ip_address");
                });
        CheckLog.check("dhclient restarted (INIT-REBOOT) gets the same address", () -> {
            net.inClient(join(base, "-x", net.clientIf));
            script.clear();
            net.inClient(join(base, "-1", net.clientIf));
            Map<String, String> env = script.await(5, "REBOOT", "BOUND");
            assertEquals("REBOOT", env.get("EVENT"), env.toString());
            assertEquals(ip[0], env.get("new_ip_address"), env.toString());
        });
        CheckLog.check("dhclient releases and the server frees the lease", () -> {
            net.inClient(join(base, "-r", net.clientIf));
            script.await(5, "RELEASE");
            awaitOutput(server, "DHCP4_RELEASE", ip[0]);
        });
    }

    private Map<String, String> udhcpcOnce(NamespacePair net) throws Exception {
        ClientScript script = new ClientScript(dir, "udhcpc");
        script.clear();
        Commands.Result r = net.runInClient(40, "udhcpc", "-i", net.clientIf, "-f", "-q", "-n", "-t", "5", "-T", "2",
                "-O", "234", "-s", script.path());
        assertEquals(0, r.exitCode(), r.output());
        return script.await(1, "bound");
    }

    private Map<String, String> dhcpcdTest(NamespacePair net) throws Exception {
        Path conf = Files.writeString(dir.resolve("dhcpcd.conf"), DHCPCD_CONF);
        ClientScript script = new ClientScript(dir, "dhcpcd");
        // Through sh with the output in a file: dhcpcd's helper processes would otherwise hold the pipe open.
        // One-shot (-1 -B) rather than -T: dhcpcd 9.4.1 crashes in test mode once offered a lease.
        Path out = dir.resolve("dhcpcd.out");
        Commands.Result r = net.runInClient(40, "sh", "-c", "dhcpcd -4 -1 -B -t 20 -f " + conf + " -c " + script.path()
                + " " + net.clientIf + " > " + out + " 2>&1");
        assertEquals(0, r.exitCode(), Files.readString(out));
        return script.await(1, "BOUND");
    }

    /** Checks the five answers in the variables a client's script received, whatever the client calls them. */
    private static void assertOptions(Map<String, String> env, String ip, String routers, String dns, String domain,
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

    private static void awaitOutput(NestorInstance server, String id, String address) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (server.output().lines().anyMatch(l -> l.contains(id) && l.contains(address))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + id + " for " + address + " in the server's output");
    }

    private static void setMac(NamespacePair net, String mac) throws Exception {
        net.inClient("ip", "link", "set", net.clientIf, "down");
        net.inClient("ip", "link", "set", net.clientIf, "address", mac);
        net.inClient("ip", "link", "set", net.clientIf, "up");
    }

    private Path rawConfig(String iface) throws Exception {
        Path file = TestConfigs.write(dir, iface, dir.resolve("leases4.csv"));
        String json = Files.readString(file).replace("\"dhcp-socket-type\": \"udp\"", "\"dhcp-socket-type\": \"raw\"");
        return Files.writeString(file, json);
    }

    private static String[] join(String[] base, String... more) {
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }
}
