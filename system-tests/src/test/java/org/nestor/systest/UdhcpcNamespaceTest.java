package org.nestor.systest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real client (busybox udhcpc, broadcast flag set) in its own network namespace gets an address and options
 * from the distribution running with {@code udp} sockets in another namespace across a veth pair. One server serves
 * both clients: a container boot is the slow part of a system test.
 */
class UdhcpcNamespaceTest {
    @TempDir
    Path dir;

    @Test
    void udhcpcWithBroadcastFlagGetsPoolAddressAndOptionsAndAReservedMacItsAddressAndHostname() throws Exception {
        Commands.requireRootAndTools("udhcpc", "ip");
        try (NamespacePair net = NamespacePair.create("02:00:00:00:00:55")) {
            Path config = TestConfigs.write(dir, net.serverIf, dir.resolve("leases4.csv"));
            try (NestorInstance server = NestorInstance.start(net.serverNs, config, dir.resolve("state"))) {
                Map<String, String> env = leaseFor(net, server);
                String ip = env.get("ip");
                int last = Integer.parseInt(ip.substring(ip.lastIndexOf('.') + 1));
                assertTrue(ip.startsWith("192.0.2.") && last >= 100 && last <= 199, env.toString());
                assertEquals("192.0.2.1", env.get("router"), env.toString());
                assertEquals("192.0.2.1 192.0.2.2", env.get("dns").trim(), env.toString());
                assertEquals("example.org", env.get("domain"), env.toString());
                assertEquals("255.255.255.0", env.get("subnet"), env.toString());
                assertEquals(HexFormat.of().formatHex("Hello from Nestor".getBytes(StandardCharsets.US_ASCII)),
                        env.get("opt234"), env.toString());

                net.inClient("ip", "link", "set", net.clientIf, "down");
                net.inClient("ip", "link", "set", net.clientIf, "address", "02:00:00:00:00:01");
                net.inClient("ip", "link", "set", net.clientIf, "up");
                Map<String, String> reserved = leaseFor(net, server);
                assertEquals("192.0.2.10", reserved.get("ip"), reserved.toString());
                assertEquals("printer", reserved.get("hostname"), reserved.toString());
            }
        }
    }

    /** Runs one udhcpc exchange; returns the variables udhcpc handed its script on "bound". */
    private Map<String, String> leaseFor(NamespacePair net, NestorInstance server) throws Exception {
        Path script = dir.resolve("udhcpc.script");
        Path envFile = dir.resolve("bound.env");
        Files.deleteIfExists(envFile);
        Files.writeString(script, "#!/bin/sh\n[ \"$1\" = bound ] && env > " + envFile + "\nexit 0\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        Commands.Result r = net.runInClient(60, "udhcpc", "-i", net.clientIf, "-f", "-q", "-n", "-B",
                "-t", "5", "-T", "2", "-O", "234", "-s", script.toString());
        assertEquals(0, r.exitCode(), r.output() + "\n--- server:\n" + server.output());
        Map<String, String> env = new HashMap<>();
        for (String line : Files.readAllLines(envFile)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                env.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return env;
    }
}
