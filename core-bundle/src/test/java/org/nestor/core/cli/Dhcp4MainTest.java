package org.nestor.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nestor.core.server.FakeParts;
import org.nestor.core.server.NestorVersion;
import org.nestor.core.server.TestConfigs;

class Dhcp4MainTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Map<String, String> env = new HashMap<>();

    private int run(String... args) {
        return new Dhcp4Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env, state -> new FakeParts().parts(state)).run(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path goodConfig(String leaseFile) throws Exception {
        return FakeParts.writeConfig(dir, "kea-dhcp4.conf", TestConfigs.onLoopback("tag", leaseFile));
    }

    @Test
    void versionPrintsTheBuildVersionAndWinsOverOtherFlags() {
        assertEquals(0, run("-v", "-c", "/nonexistent.conf"));
        assertEquals(NestorVersion.version() + System.lineSeparator(), stdout());
        assertTrue(NestorVersion.version().matches("\\d+\\.\\d+\\.\\d+.*"), NestorVersion.version());
    }

    @Test
    void extendedVersionStartsWithTheVersionAndNamesTheLibraries() {
        assertEquals(0, run("-V"));
        assertTrue(stdout().startsWith(NestorVersion.version() + "\n"), stdout());
        assertTrue(stdout().contains("Netty " + NestorVersion.nettyVersion()), stdout());
    }

    @Test
    void buildReportNamesThePackage() {
        assertEquals(0, run("-W"));
        assertTrue(stdout().contains("Name:              nestor"), stdout());
    }

    @Test
    void checkOfAGoodFileExitsZeroSilently() throws Exception {
        assertEquals(0, run("-t", goodConfig(dir.resolve("leases.csv").toString()).toString()));
        assertEquals("", stderr());
    }

    @Test
    void checkOfABadFilePrintsTheParsersErrorAndExitsOne() throws Exception {
        Path bad = FakeParts.writeConfig(dir, "bad.conf", TestConfigs.BOGUS_KEYWORD);
        assertEquals(1, run("-t", bad.toString()));
        // Kea 2.2's kea-dhcp4 -t prints "...bad.conf:1.14-20: got unexpected keyword "bogus" in Dhcp4 map.";
        // the column range is the parser's business, the frame is ours.
        assertTrue(stderr().startsWith("Syntax check failed with: " + bad + ":1.14"), stderr());
        assertTrue(stderr().endsWith(": got unexpected keyword \"bogus\" in Dhcp4 map." + System.lineSeparator()),
                stderr());
    }

    @Test
    void deepCheckAcceptsALeaseFileThatCanBeCreated() throws Exception {
        assertEquals(0, run("-T", goodConfig(dir.resolve("leases.csv").toString()).toString()));
    }

    @Test
    void deepCheckRejectsALeaseFileInAMissingDirectory() throws Exception {
        Path leaseFile = dir.resolve("missing").resolve("leases.csv");
        assertEquals(1, run("-T", goodConfig(leaseFile.toString()).toString()));
        assertTrue(stderr().startsWith("Syntax check failed with: lease file " + leaseFile), stderr());
    }

    @Test
    void unknownOptionPrintsGetoptsComplaintAndTheUsage() {
        assertEquals(1, run("-x"));
        assertTrue(stderr().startsWith("nestor-dhcp4: invalid option -- 'x'" + System.lineSeparator()
                + "Nestor DHCPv4 server, version "), stderr());
        assertTrue(stderr().contains("Usage: nestor-dhcp4 -[v|V|W] [-d] [-{c|t|T} cfgfile]"), stderr());
    }

    @Test
    void missingConfigurationIsAUsageError() {
        assertEquals(1, run());
        assertTrue(stderr().startsWith("Configuration file not specified."), stderr());
    }

    @Test
    void missingOptionArgumentIsAUsageError() {
        assertEquals(1, run("-c"));
        assertTrue(stderr().startsWith("nestor-dhcp4: option requires an argument -- 'c'"), stderr());
    }

    @Test
    void portsOutsideOneTo65535AreRejectedInKeasWords() throws Exception {
        assertEquals(1, run("-p", "abc", "-c", "x.conf"));
        assertTrue(stderr().startsWith("Failed to parse server port number: [abc], 1-65535 allowed."), stderr());
        err.reset();
        assertEquals(1, run("-P", "0", "-c", "x.conf"));
        assertTrue(stderr().startsWith("Failed to parse client port number: [0], 1-65535 allowed."), stderr());
    }

    @Test
    void extraneousArgumentPrintsOnlyTheUsage() {
        assertEquals(1, run("-c", "x.conf", "extra"));
        assertTrue(stderr().startsWith("Nestor DHCPv4 server, version "), stderr());
    }

    @Test
    void runWithABadConfigurationExitsOne() throws Exception {
        Path bad = FakeParts.writeConfig(dir, "bad.conf", TestConfigs.BOGUS_KEYWORD);
        assertEquals(1, run("-c", bad.toString(), "--state-dir", dir.toString()));
        assertTrue(stderr().contains("configuration error using file '" + bad + "'"), stderr());
    }
}
