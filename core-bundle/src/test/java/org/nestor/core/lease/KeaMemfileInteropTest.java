package org.nestor.core.lease;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.nestor.core.lease.TestLeases.lease;
import static org.nestor.core.lease.TestLeases.persistent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nestor.hooks.api.lease.Ipv4;

/**
 * Debian's kea-dhcp4 2.2 (on loopback, port 10067, with its lease_cmds hook) loads a lease file Nestor wrote, and
 * Nestor loads the file Kea then appended to. Skipped only when kea-dhcp4 or the hook is not installed.
 */
class KeaMemfileInteropTest {
    private static final Path KEA = Path.of("/usr/sbin/kea-dhcp4");
    private static final Path LEASE_CMDS = Path.of("/usr/lib/x86_64-linux-gnu/kea/hooks/libdhcp_lease_cmds.so");

    @TempDir
    Path dir;

    @Test
    void keaLoadsOurLeaseFileAndWeLoadWhatKeaWrites() throws Exception {
        assumeTrue(Files.isExecutable(KEA), "kea-dhcp4 is not installed at " + KEA);
        assumeTrue(Files.exists(LEASE_CMDS), "Kea's lease_cmds hook is not installed at " + LEASE_CMDS);
        Path leases = dir.resolve("kea-leases4.csv");
        long now = System.currentTimeMillis() / 1000;
        try (MemfileLeaseStore4 store = MemfileLeaseStore4.open(persistent(leases, false))) {
            store.add(lease("192.0.2.11", 1, 1).withTimes(now, 7200).withHostname("a,b&c.example.org", true, true)
                    .withUserContext("{ \"note\": \"x,y\" }"));
            store.add(lease("192.0.2.12", 2, 1).withTimes(now, 7200));
            store.delete(Ipv4.parse("192.0.2.12"));
        }
        Path socket = dir.resolve("kea4.sock");
        Path config = dir.resolve("kea4.json");
        Files.writeString(config, "{ \"Dhcp4\": {\n"
                + " \"interfaces-config\": { \"interfaces\": [ \"lo\" ], \"dhcp-socket-type\": \"udp\" },\n"
                + " \"control-socket\": { \"socket-type\": \"unix\", \"socket-name\": \"" + socket + "\" },\n"
                + " \"lease-database\": { \"type\": \"memfile\", \"name\": \"" + leases + "\", \"lfc-interval\": 0 },\n"
                + " \"hooks-libraries\": [ { \"library\": \"" + LEASE_CMDS + "\" } ],\n"
                + " \"subnet4\": [ { \"id\": 1, \"subnet\": \"192.0.2.0/24\","
                + " \"pools\": [ { \"pool\": \"192.0.2.10 - 192.0.2.200\" } ] } ] } }\n");
        ProcessBuilder pb = new ProcessBuilder(KEA.toString(), "-c", config.toString(), "-p", "10067");
        pb.environment().put("KEA_LOCKFILE_DIR", dir.toString());
        pb.environment().put("KEA_PIDFILE_DIR", dir.toString());
        pb.redirectErrorStream(true).redirectOutput(dir.resolve("kea.log").toFile());
        Process kea = pb.start();
        try {
            for (int i = 0; i < 100 && !Files.exists(socket) && kea.isAlive(); i++) {
                Thread.sleep(100);
            }
            assertTrue(Files.exists(socket), "kea-dhcp4 did not start: " + Files.readString(dir.resolve("kea.log")));
            String all = command(socket, "{ \"command\": \"lease4-get-all\" }");
            assertTrue(all.contains("\"result\": 0"), all);
            assertTrue(all.contains("\"hostname\": \"a,b&c.example.org\""), all);
            assertTrue(all.contains("\"note\": \"x,y\""), all);
            assertFalse(all.contains("192.0.2.12"), all);
            String added = command(socket, "{ \"command\": \"lease4-add\", \"arguments\": { \"ip-address\": "
                    + "\"192.0.2.13\", \"hw-address\": \"1a:1b:1c:1d:1e:20\", \"hostname\": \"k,ea\" } }");
            assertTrue(added.contains("\"result\": 0"), added);
            assertTrue(Files.readString(dir.resolve("kea.log")).contains("DHCPSRV_MEMFILE_LEASE_FILE_LOAD"));
        } finally {
            kea.destroy();
            if (!kea.waitFor(10, TimeUnit.SECONDS)) {
                kea.destroyForcibly();
                kea.waitFor(10, TimeUnit.SECONDS);
            }
        }
        try (MemfileLeaseStore4 store = MemfileLeaseStore4.open(persistent(leases, false))) {
            assertEquals(2, store.size());
            assertEquals("k,ea", store.get(Ipv4.parse("192.0.2.13")).orElseThrow().hostname());
        }
    }

    private static String command(Path socket, String json) throws IOException {
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.connect(UnixDomainSocketAddress.of(socket));
            ch.write(ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteBuffer buf = ByteBuffer.allocate(65536);
            while (ch.read(buf) > 0) {
                out.write(buf.array(), 0, buf.position());
                buf.clear();
            }
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
