package org.nestor.systest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator's life cycle of the distribution: SIGHUP re-reads the file (a bad one keeps the running
 * configuration), and two instances run side by side from one installation with separate state.
 */
class ReloadAndInstancesTest {
    @TempDir
    Path dir;

    private final Map<Path, Integer> rowsSeen = new HashMap<>();

    @Test
    void sighupRereadsTheFileAndABadFileKeepsTheRunningConfiguration() throws Exception {
        Commands.requireRootAndTools("perfdhcp");
        Path leases = dir.resolve("leases4.csv");
        Path config = TestConfigs.write(dir, "lo", leases, 4000);
        try (NestorInstance server = NestorInstance.start(null, config, dir.resolve("state"),
                "-p", "10267", "-P", "10268")) {
            PerfdhcpWarmUp.run(10267, 10268);
            dora(10267, 10268, 1);
            assertEquals(Set.of("4000"), lifetimesOfLeasesGranted(leases));

            TestConfigs.write(dir, "lo", leases, 5000);
            server.signal("HUP");
            server.awaitLog("DHCP4_DYNAMIC_RECONFIGURATION_SUCCESS", 30_000);
            dora(10267, 10268, 2);
            assertEquals(Set.of("5000"), lifetimesOfLeasesGranted(leases));

            Files.writeString(config, "{ \"Dhcp4\": { \"no-such-key\": 1 } }\n");
            server.signal("HUP");
            server.awaitLog("DHCP4_DYNAMIC_RECONFIGURATION_FAIL", 30_000);
            assertTrue(server.output().contains("no-such-key"), server.output());
            dora(10267, 10268, 3);
            assertTrue(server.isAlive());
            assertEquals(0, server.stop());
        }
    }

    @Test
    void twoInstancesFromOneInstallationServeSideBySideWithSeparateState() throws Exception {
        Commands.requireRootAndTools("perfdhcp");
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Path configA = TestConfigs.write(a, "lo", a.resolve("leases4.csv"));
        Path configB = TestConfigs.write(b, "lo", b.resolve("leases4.csv"));
        try (NestorInstance first = NestorInstance.start(null, configA, a.resolve("state"), "-p", "10267", "-P",
                "10268");
             NestorInstance second = NestorInstance.start(null, configB, b.resolve("state"), "-p", "10367", "-P",
                "10368")) {
            PerfdhcpWarmUp.run(10267, 10268);
            PerfdhcpWarmUp.run(10367, 10368);
            dora(10267, 10268, 11);
            dora(10367, 10368, 12);
            assertTrue(Files.exists(a.resolve("state/kea-dhcp4.kea-dhcp4.pid")));
            assertTrue(Files.exists(b.resolve("state/kea-dhcp4.kea-dhcp4.pid")));
            assertEquals(0, first.stop());
            assertEquals(0, second.stop());
        }
        assertEquals(Set.of("4000"), lifetimesOfLeasesGranted(a.resolve("leases4.csv")));
        assertEquals(Set.of("4000"), lifetimesOfLeasesGranted(b.resolve("leases4.csv")));
    }

    /**
     * The file's {@code loggers} are given to the container's logging as the server starts; its first line,
     * DHCP4_STARTING, was logged while the logging reconfigured and was lost, at every start.
     */
    @Test
    void startUpLinesReachTheOutputTheFilesLoggersName() throws Exception {
        Commands.requireRootAndTools();
        Path config = TestConfigs.write(dir, "lo", dir.resolve("leases4.csv"));
        Files.writeString(config, Files.readString(config).replaceFirst("\"Dhcp4\": \\{",
                "\"Dhcp4\": { \"loggers\": [ { \"name\": \"kea-dhcp4\", \"severity\": \"INFO\", "
                        + "\"output_options\": [ { \"output\": \"stdout\" } ] } ],"));
        assertTwoStartsLogTheirStartUpLines(config);
    }

    /**
     * Without {@code loggers}, the container's own first configuration of pax-logging (handed over by
     * Configuration Admin, two start levels below the core) could still be under way as the server started: a used
     * start lost DHCP4_STARTING and the lease file lines.
     */
    @Test
    void startUpLinesReachTheOutputWithoutLoggersToo() throws Exception {
        Commands.requireRootAndTools();
        assertTwoStartsLogTheirStartUpLines(TestConfigs.write(dir, "lo", dir.resolve("leases4.csv")));
    }

    private void assertTwoStartsLogTheirStartUpLines(Path config) throws Exception {
        for (int start = 1; start <= 2; start++) {
            try (NestorInstance server = NestorInstance.start(null, config, dir.resolve("state"), "-p", "10467",
                    "-P", "10468")) {
                assertEquals(0, server.stop());
                String lines = server.output();
                for (String id : List.of("DHCP4_STARTING", "DHCPSRV_MEMFILE_DB", "DHCP4_STARTED")) {
                    assertEquals(1, count(lines, id), id + ", start " + start + ":\n" + lines);
                }
            }
        }
    }

    private static long count(String text, String word) {
        return text.lines().filter(l -> l.contains(word)).count();
    }

    /**
     * An operator's profiler or debugger in the JVM's options is a native (JVMTI) agent, with which a JVM asked to
     * write a class data sharing archive refuses to start: a fresh instance (whose first JVM writes the archive)
     * then never came up.
     */
    @Test
    void aFreshInstanceStartsWithANativeAgentInTheJvmOptions() throws Exception {
        Commands.requireRootAndTools();
        Path config = TestConfigs.write(dir, "lo", dir.resolve("leases4.csv"));
        Path state = dir.resolve("state");
        Map<String, String> debugger = Map.of("EXTRA_JAVA_OPTS",
                "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=127.0.0.1:0");
        try (NestorInstance server = NestorInstance.start(debugger, null, config, state, "-p", "10467", "-P",
                "10468")) {
            assertTrue(server.isAlive());
            assertEquals(0, server.stop());
        }
        assertFalse(Files.exists(state.resolve("karaf/nestor-cds.jsa")), "no archive written with an agent");
    }

    /**
     * Five relayed clients (seeded, so each seed is its own set of MACs) are all offered an address; the leases they
     * were granted are read from the lease file (perfdhcp's REQUEST-ACK count is not reliable: see
     * {@code PerfdhcpRelayTest#perfdhcp}).
     */
    private static void dora(int serverPort, int clientPort, int seed) throws Exception {
        Commands.Result r = PerfdhcpRelay.toPort(serverPort).clientPort(clientPort).rate(10).clientsOnce(5).seed(seed)
                .dropAfter(5).exitWait(4_000_000).run(60);
        assertEquals(5, PerfdhcpOutput.count(r.output(), "DISCOVER-OFFER", "received packets"), r.output());
    }

    /** @return the valid_lifetime values of the rows appended since the previous call (per file) */
    private Set<String> lifetimesOfLeasesGranted(Path leases) throws Exception {
        List<String> rows = Files.readAllLines(leases);
        int from = rowsSeen.getOrDefault(leases, 1);
        rowsSeen.put(leases, rows.size());
        return rows.subList(from, rows.size()).stream().map(r -> r.split(",")[3]).collect(Collectors.toSet());
    }
}
