package org.nestor.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nestor.core.server.FakeParts;
import org.nestor.core.server.TestConfigs;

class ContainerMainTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int check(String file) {
        return check(file, null, null);
    }

    private int check(String file, String port, String clientPort) {
        return ContainerMain.check(file, port, clientPort, new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("NESTOR_STATE_DIR", dir.toString()), state -> new FakeParts().parts(state));
    }

    @Test
    void aValidConfigurationLetsTheContainerBootSilently() throws Exception {
        Path good = FakeParts.writeConfig(dir, "kea-dhcp4.conf",
                TestConfigs.onLoopback("tag", dir.resolve("leases.csv").toString()));
        assertEquals(0, check(good.toString()));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anInvalidConfigurationStopsTheContainerWithKeasPosition() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{ \"Dhcp4\": { \"subnet4\": [ { \"subnet\": \"192.0.2.0/33\" } ] } }\n");
        assertEquals(1, check(bad.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("bad.json:1."), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aPortThatIsNotANumberStopsTheContainerWithKeasMessage() throws Exception {
        Path good = FakeParts.writeConfig(dir, "kea-dhcp4.conf",
                TestConfigs.onLoopback("tag", dir.resolve("leases.csv").toString()));
        assertEquals(1, check(good.toString(), "abc", null));
        String out = err.toString(StandardCharsets.UTF_8);
        assertTrue(out.startsWith("Failed to parse server port number: [abc], 1-65535 allowed."), out);
        assertTrue(out.contains("Usage"), out);
        err.reset();
        assertEquals(1, check(good.toString(), "10067", "70000"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith(
                "Failed to parse client port number: [70000], 1-65535 allowed."), err.toString(StandardCharsets.UTF_8));
        err.reset();
        assertEquals(0, check(good.toString(), "10067", "10068"));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void noConfigurationPropertyIsAUsageError() {
        assertEquals(1, check(null));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Usage"), err.toString(StandardCharsets.UTF_8));
    }
}
