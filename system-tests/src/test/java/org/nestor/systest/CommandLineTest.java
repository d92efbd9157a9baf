package org.nestor.systest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/nestor-dhcp4 answers kea-dhcp4's flags the way kea-dhcp4 does, without booting the container. */
class CommandLineTest {
    @TempDir
    Path dir;

    private String bin() {
        return Commands.nestorHome().resolve("bin/nestor-dhcp4").toString();
    }

    @Test
    void versionFlagPrintsAVersionAndExitsZero() throws Exception {
        Commands.Result r = Commands.run(60, bin(), "-v");
        assertEquals(0, r.exitCode(), r.output());
        assertFalse(r.output().isBlank());
    }

    @Test
    void checkFlagAcceptsTheShippedSampleConfiguration() throws Exception {
        Path sample = Commands.nestorHome().resolve("etc/kea/kea-dhcp4.conf");
        Commands.Result r = Commands.run(60, bin(), "-t", sample.toString());
        assertEquals(0, r.exitCode(), r.output());
    }

    @Test
    void checkFlagRefusesAnUnknownKeyWithFileLineAndColumn() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"Dhcp4\": {\n    \"valid-lifetime\": 4000,\n    \"no-such-key\": 1\n  }\n}\n");
        Commands.Result r = Commands.run(60, bin(), "-t", bad.toString());
        assertEquals(1, r.exitCode(), r.output());
        assertTrue(r.output().contains("bad.json:4.5"), r.output());
        assertTrue(r.output().contains("no-such-key"), r.output());
    }

    @Test
    void checkFlagRefusesAnOutOfRangeCommitDelayWithFileLineAndColumn() throws Exception {
        Path bad = dir.resolve("delay.json");
        Files.writeString(bad, "{\n  \"Dhcp4\": {\n    \"user-context\": { \"nestor\": {\n"
                + "      \"sync-commits\": true,\n      \"sync-commit-delay\": -5 } }\n  }\n}\n");
        Commands.Result r = Commands.run(60, bin(), "-t", bad.toString());
        assertEquals(1, r.exitCode(), r.output());
        assertTrue(r.output().contains("delay.json:5.28: sync-commit-delay must be a whole number of milliseconds"
                + " from 0 to 1000"), r.output());
    }

    @Test
    void runFlagWithAPortThatIsNotANumberExitsOneWithKeasMessageInsteadOfBooting() throws Exception {
        Path sample = Commands.nestorHome().resolve("etc/kea/kea-dhcp4.conf");
        Path state = dir.resolve("state");
        Commands.Result r = Commands.run(60, List.of("env", "NESTOR_STATE_DIR=" + state, bin(), "-c",
                sample.toString(), "-p", "abc"));
        assertEquals(1, r.exitCode(), r.output());
        assertTrue(r.output().contains("Failed to parse server port number: [abc], 1-65535 allowed."), r.output());
        assertFalse(r.output().contains("DHCP4_STARTING"), r.output());
    }

    @Test
    void unknownFlagPrintsUsageAndExitsOne() throws Exception {
        Commands.Result r = Commands.run(60, bin(), "-x");
        assertEquals(1, r.exitCode(), r.output());
        assertTrue(r.output().contains("Usage"), r.output());
    }

    @Test
    void runFlagWithABadConfigurationExitsOneWithThePosition() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{ \"Dhcp4\": { \"subnet4\": [ { \"subnet\": \"192.0.2.0/33\" } ] } }\n");
        Commands.Result r = Commands.run(60, bin(), "-c", bad.toString());
        assertEquals(1, r.exitCode(), r.output());
        assertTrue(r.output().contains("bad.json:1."), r.output());
    }
}
