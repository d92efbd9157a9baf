package org.nestor.systest.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the differential test classes: one kea-dhcp4 and one Nestor per class on {@code scenarios.json}; each
 * test talks through its own relay address (so its own subnet) and compares replies and lease files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DifferentialTest {
    ServerPair servers;

    /** @return the configuration resource both servers run */
    String configuration() {
        return "scenarios.json";
    }

    @BeforeAll
    void startBothServers(@TempDir Path dir) throws IOException {
        servers = ServerPair.start(configuration(), dir);
    }

    @AfterAll
    void stopBothServers() throws Exception {
        if (servers != null) {
            servers.close();
            servers = null;
        }
    }

    /** Both lease files hold the same rows for these subnets, in the same order (expire aside). */
    void assertSameLeases(int... subnetIds) throws IOException {
        assertEquals(servers.keaLeases().inSubnets(subnetIds).toString(),
                servers.nestorLeases().inSubnets(subnetIds).toString(), "lease rows (kea expected, nestor actual)");
    }
}
