package org.nestor.core.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nestor.core.net.LoopbackClient;

class Dhcp4ServerTest {
    @TempDir
    Path dir;

    private final FakeParts fakes = new FakeParts();
    private Dhcp4Server server;

    private Dhcp4Server serverFor(Path config) {
        return new Dhcp4Server(new ServerSettings(config, new ServerPorts(0, 68), dir, dir), fakes.parts(dir));
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    private String ask() throws Exception {
        try (LoopbackClient client = LoopbackClient.onLoopback()) {
            client.sendTo(server.port(), new byte[] {1});
            return new String(client.receive(), StandardCharsets.US_ASCII);
        }
    }

    @Test
    void startedServerAnswersOnLoopbackAndWritesItsPidFile() throws Exception {
        server = serverFor(FakeParts.writeConfig(dir, "kea-dhcp4.conf", TestConfigs.onLoopback("first", dir.resolve("leases-a.csv").toString())));
        server.start();

        assertEquals("first", ask());
        assertEquals(ProcessHandle.current().pid() + "",
                Files.readString(dir.resolve("kea-dhcp4.kea-dhcp4.pid")).trim());
    }

    @Test
    void stopClosesSocketsLeasesAndEngineAndRemovesThePidFile() throws Exception {
        server = serverFor(FakeParts.writeConfig(dir, "kea-dhcp4.conf", TestConfigs.onLoopback("first", dir.resolve("leases-a.csv").toString())));
        server.start();
        int port = server.port();
        server.stop();

        assertEquals(1, fakes.leaseCloses.get());
        assertEquals(1, fakes.engineCloses.get());
        assertFalse(Files.exists(dir.resolve("kea-dhcp4.kea-dhcp4.pid")));
        try (DatagramSocket reuse = new DatagramSocket(new InetSocketAddress(port))) {
            assertEquals(port, reuse.getLocalPort());
        }
        assertTrue(server.awaitStop(0, java.util.concurrent.TimeUnit.SECONDS));
    }

    @Test
    void reloadWithABadFileKeepsTheRunningConfiguration() throws Exception {
        Path good = FakeParts.writeConfig(dir, "kea-dhcp4.conf", TestConfigs.onLoopback("first", dir.resolve("leases-a.csv").toString()));
        server = serverFor(good);
        server.start();

        Path bad = FakeParts.writeConfig(dir, "bad.conf", TestConfigs.BOGUS_KEYWORD);
        assertFalse(server.reload(bad));

        assertEquals("first", server.config().serverTag());
        assertEquals(good, server.configFile());
        assertEquals("first", ask());
        assertEquals(0, fakes.engineCloses.get());
    }

    @Test
    void reloadWithAGoodFileSwapsTheEngineAndKeepsAnUnchangedLeaseDatabaseOpen() throws Exception {
        server = serverFor(FakeParts.writeConfig(dir, "kea-dhcp4.conf", TestConfigs.onLoopback("first", dir.resolve("leases-a.csv").toString())));
        server.start();
        int port = server.port();

        assertTrue(server.reload(FakeParts.writeConfig(dir, "next.conf", TestConfigs.onLoopback("second", dir.resolve("leases-a.csv").toString()))));

        assertEquals("second", ask());
        assertEquals(port, server.port());
        assertEquals(1, fakes.leaseOpens.get());
        assertEquals(1, fakes.engineCloses.get());
    }

    @Test
    void reloadWithAnotherLeaseDatabaseClosesTheOldStoreFirst() throws Exception {
        server = serverFor(FakeParts.writeConfig(dir, "kea-dhcp4.conf", TestConfigs.onLoopback("first", dir.resolve("leases-a.csv").toString())));
        server.start();

        assertTrue(server.reload(FakeParts.writeConfig(dir, "next.conf", TestConfigs.onLoopback("second", dir.resolve("leases-b.csv").toString()))));

        assertEquals(2, fakes.leaseOpens.get());
        assertEquals(1, fakes.leaseCloses.get());
        assertEquals("second", ask());
    }

    @Test
    void secondInstanceOnTheSamePidFileRefusesToStart() throws Exception {
        Path config = FakeParts.writeConfig(dir, "kea-dhcp4.conf", TestConfigs.onLoopback("first", dir.resolve("leases-a.csv").toString()));
        // A live process other than this one owns the pid file: our parent (the build) will do.
        long other = ProcessHandle.current().parent().orElseThrow().pid();
        Files.writeString(dir.resolve("kea-dhcp4.kea-dhcp4.pid"), other + "\n");
        server = serverFor(config);

        ServerStartException e = assertThrows(ServerStartException.class, server::start);
        assertTrue(e.getMessage().contains("already running? PID: " + other + " exists"), e.getMessage());
        assertEquals(0, fakes.leaseOpens.get());
    }

    @Test
    void badConfigurationAtStartLeavesNothingOpen() throws Exception {
        server = serverFor(FakeParts.writeConfig(dir, "kea-dhcp4.conf", TestConfigs.BOGUS_KEYWORD));

        ServerStartException e = assertThrows(ServerStartException.class, server::start);

        assertTrue(e.getMessage().startsWith("configuration error using file '"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("kea-dhcp4.kea-dhcp4.pid")));
        assertFalse(server.isRunning());
    }

    @Test
    void memfileStoreIsOpenedFromTheConfigurationAndClosedOnStop() throws Exception {
        Path leaseFile = dir.resolve("leases4.csv");
        Path config = FakeParts.writeConfig(dir, "kea-dhcp4.conf", TestConfigs.onLoopback("m", leaseFile.toString()));
        server = new Dhcp4Server(new ServerSettings(config, new ServerPorts(0, 68), dir, dir),
                fakes.partsWithMemfile(dir));
        server.start();
        assertEquals("m", ask());
        server.stop();

        assertTrue(Files.readString(leaseFile).startsWith("address,hwaddr,client_id,valid_lifetime,expire,"),
                Files.readString(leaseFile));
    }

    @Test
    void stalePidFileOfADeadProcessIsTakenOver() throws Exception {
        Files.writeString(dir.resolve("kea-dhcp4.kea-dhcp4.pid"), "999999999\n");
        server = serverFor(FakeParts.writeConfig(dir, "kea-dhcp4.conf", TestConfigs.onLoopback("first", dir.resolve("leases-a.csv").toString())));
        server.start();
        assertArrayEquals((ProcessHandle.current().pid() + "\n").getBytes(),
                Files.readAllBytes(dir.resolve("kea-dhcp4.kea-dhcp4.pid")));
    }
}
