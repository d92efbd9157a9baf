package org.nestor.core.hooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nestor.core.config.HookLibraryConfig;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonParser;
import org.nestor.core.stats.StatsManager;
import org.nestor.hooks.api.HookPoint;

/** {@code nestor:hooks} and {@code list-hooks}: libraries and callouts in calling order, parked packets. */
class HooksReportTest {
    private final HooksManager hooks = new HooksManager();

    @AfterEach
    void close() {
        hooks.close();
    }

    /**
     * libsite is deployed alone (ranking 5), libdhcp_ha is configured: the configured one is called first even
     * though its callout was registered later and ranks lower.
     */
    private void twoLibraries() throws Exception {
        hooks.libraries().add(LibraryProvisioningTest.library("libsite"), Map.of("file", "/etc/x"));
        hooks.libraries().add(LibraryProvisioningTest.library("libdhcp_ha"), Map.of());
        hooks.callouts().add(new CalloutEntry(HookPoint.PKT4_RECEIVE, "libsite", 5, 1, c -> 0, "org.example.site 1.0.0"));
        hooks.callouts().add(new CalloutEntry(HookPoint.PKT4_RECEIVE, "libdhcp_ha", 0, 2, c -> 0, "org.nestor.ha 0.1.0"));
        hooks.configure(List.of(new HookLibraryConfig("/usr/local/lib/kea/hooks/libdhcp_ha.so",
                (JsonObject) new JsonParser().parse("{\"this-server-name\": \"a\"}", "p"))), false);
        hooks.parkingLot(HookPoint.LEASES4_COMMITTED, 256, new StatsManager());
    }

    @Test
    void theTextShowsLibrariesAndCalloutsInCallingOrderAndParkedCounts() throws Exception {
        twoLibraries();
        String text = HooksReport.text(hooks);
        assertTrue(text.contains("""
                  1. libdhcp_ha (hooks-libraries) parameters: {"this-server-name":"a"}
                  2. libsite (deployed) parameters: {"file":"/etc/x"}
                """), text);
        assertTrue(text.contains("""
                  pkt4_receive (parked now: 0)
                    1. library libdhcp_ha, bundle org.nestor.ha 0.1.0, ranking 0
                    2. library libsite, bundle org.example.site 1.0.0, ranking 5
                  leases4_committed (parked now: 0)
                """), text);
    }

    @Test
    void theReportAsJsonValuesNamesEachCalloutsLibraryBundleAndRanking() throws Exception {
        twoLibraries();
        Map<String, Object> report = HooksReport.of(hooks);
        assertEquals(List.of(
                Map.of("library", "libdhcp_ha", "parameters", Map.of("this-server-name", "a"), "configured", true),
                Map.of("library", "libsite", "parameters", Map.of("file", "/etc/x"), "configured", false)),
                report.get("libraries"));
        assertEquals(Map.of("name", "pkt4_receive", "parked", 0L, "callouts", List.of(
                Map.of("library", "libdhcp_ha", "bundle", "org.nestor.ha 0.1.0", "ranking", 0L),
                Map.of("library", "libsite", "bundle", "org.example.site 1.0.0", "ranking", 5L))),
                ((List<?>) report.get("hook-points")).get(0));
    }

    @Test
    void withNothingDeployedTheTextSaysSo() {
        assertEquals("""
                Hook libraries, in calling order:
                  (none loaded)
                Callouts per hook point, in calling order:
                  (none)
                """, HooksReport.text(hooks));
    }
}
