package org.nestor.systest.rawlink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.nestor.systest.Commands;
import org.nestor.systest.NamespacePair;
import org.nestor.systest.NestorInstance;

/**
 * Three namespaces: the server (203.0.113.1, {@code udp} sockets), a relay running isc-dhcp-relay's dhcrelay
 * (203.0.113.2 upstream; 192.0.2.1 and 198.51.100.1 on two client links) and the clients, one udhcpc per link.
 * Removed by {@link #close()}, the relay and any client stopped by PID first.
 */
final class RelayLab implements AutoCloseable {
    private final String serverNs;
    private final String relayNs;
    private final String clientNs;
    private final String tag;
    private final Path dir;
    private Process relay;

    private RelayLab(String tag, Path dir) {
        this.tag = tag;
        this.serverNs = "nst-rs-" + tag;
        this.relayNs = "nst-rr-" + tag;
        this.clientNs = "nst-rc-" + tag;
        this.dir = dir;
    }

    static RelayLab create(Path dir) throws IOException, InterruptedException {
        RelayLab lab = new RelayLab(Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xfffff)), dir);
        try {
            lab.build();
        } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
            lab.close();
            throw e;
        }
        return lab;
    }

    private String link(String role) {
        return "r" + role + tag;
    }

    private void build() throws IOException, InterruptedException {
        for (String ns : List.of(serverNs, relayNs, clientNs)) {
            Commands.ok(10, "ip", "netns", "add", ns);
            in(ns, "ip", "link", "set", "lo", "up");
        }
        veth(serverNs, link("s"), relayNs, link("u"));
        veth(relayNs, link("a"), clientNs, link("A"));
        veth(relayNs, link("b"), clientNs, link("B"));
        in(serverNs, "ip", "addr", "add", "203.0.113.1/24", "dev", link("s"));
        in(serverNs, "ip", "route", "add", "192.0.2.0/24", "via", "203.0.113.2");
        in(serverNs, "ip", "route", "add", "198.51.100.0/24", "via", "203.0.113.2");
        in(relayNs, "ip", "addr", "add", "203.0.113.2/24", "dev", link("u"));
        in(relayNs, "ip", "addr", "add", "192.0.2.1/24", "dev", link("a"));
        in(relayNs, "ip", "addr", "add", "198.51.100.1/24", "dev", link("b"));
    }

    private void veth(String ns1, String if1, String ns2, String if2) throws IOException, InterruptedException {
        Commands.ok(10, "ip", "link", "add", if1, "netns", ns1, "type", "veth", "peer", "name", if2, "netns", ns2);
        in(ns1, "ip", "link", "set", if1, "up");
        in(ns2, "ip", "link", "set", if2, "up");
    }

    void run() throws Exception {
        Path config = Files.writeString(dir.resolve("relay-kea-dhcp4.conf"), """
                {
                  "Dhcp4": {
                    "interfaces-config": { "interfaces": [ "%s" ], "dhcp-socket-type": "udp" },
                    "lease-database": { "type": "memfile", "persist": true, "name": "%s", "lfc-interval": 0 },
                    "valid-lifetime": 4000,
                    "subnet4": [
                      { "id": 1, "subnet": "192.0.2.0/24", "pools": [ { "pool": "192.0.2.100 - 192.0.2.199" } ],
                        "option-data": [ { "name": "routers", "data": "192.0.2.1" } ] },
                      { "id": 2, "subnet": "198.51.100.0/24",
                        "pools": [ { "pool": "198.51.100.100 - 198.51.100.199" } ],
                        "option-data": [ { "name": "routers", "data": "198.51.100.1" } ] }
                    ]
                  }
                }
                """.formatted(link("s"), dir.resolve("relay-leases4.csv")));
        try (NestorInstance server = NestorInstance.start(serverNs, config, dir.resolve("relay-state"))) {
            relay = new ProcessBuilder("ip", "netns", "exec", relayNs, "dhcrelay", "-4", "-d", "-pf",
                    dir.resolve("dhcrelay.pid").toString(), "-id", link("a"), "-id", link("b"), "-iu", link("u"),
                    "203.0.113.1").redirectErrorStream(true).redirectOutput(dir.resolve("dhcrelay.out").toFile())
                    .start();
            CheckLog.check("dhcrelay: a client on the 192.0.2.0/24 link gets an address and router of that subnet",
                    () -> assertServed(clientOn(link("A")), "192.0.2.", "192.0.2.1", server));
            CheckLog.check("dhcrelay: a client on the 198.51.100.0/24 link gets an address and router of that subnet",
                    () -> assertServed(clientOn(link("B")), "198.51.100.", "198.51.100.1", server));
        }
    }

    private static void assertServed(Map<String, String> env, String prefix, String router, NestorInstance server)
            throws IOException {
        assertTrue(env.get("ip") != null && env.get("ip").startsWith(prefix), env + "\n" + server.output());
        assertEquals(router, env.get("router"), env.toString());
        assertEquals("203.0.113.1", env.get("serverid"), env.toString());
    }

    private Map<String, String> clientOn(String iface) throws Exception {
        ClientScript script = new ClientScript(dir, "udhcpc-" + iface);
        Commands.Result r = Commands.run(40, "ip", "netns", "exec", clientNs, "udhcpc", "-i", iface, "-f", "-q", "-n",
                "-t", "5", "-T", "2", "-s", script.path());
        assertEquals(0, r.exitCode(), r.output() + "\n--- relay:\n" + Files.readString(dir.resolve("dhcrelay.out")));
        return script.await(1, "bound");
    }

    private static void in(String ns, String... command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(List.of("ip", "netns", "exec", ns));
        full.addAll(List.of(command));
        Commands.ok(10, full.toArray(String[]::new));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (relay != null && relay.isAlive()) {
            Commands.run(5, "kill", "-TERM", Long.toString(relay.pid()));
            if (!relay.waitFor(10, TimeUnit.SECONDS)) {
                relay.destroyForcibly();
            }
        }
        NamespacePair.deleteNamespaces(clientNs, relayNs, serverNs);
    }
}
