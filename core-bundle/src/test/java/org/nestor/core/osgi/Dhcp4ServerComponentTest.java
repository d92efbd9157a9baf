package org.nestor.core.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nestor.core.hooks.CommandRegistry;
import org.nestor.core.server.Dhcp4Server;
import org.nestor.core.server.FakeParts;
import org.nestor.core.server.ServerPorts;
import org.nestor.core.server.TestConfigs;
import org.nestor.hooks.api.config.ServerConfiguration4;
import org.nestor.hooks.api.lease.LeaseStore4;
import org.nestor.hooks.api.lease.SubnetIndex4;
import org.nestor.hooks.api.stats.Statistics;

class Dhcp4ServerComponentTest {
    @TempDir
    Path dir;

    @Test
    void activationStartsTheServerAndDeactivationStopsIt() throws Exception {
        Path config = FakeParts.writeConfig(dir, "kea-dhcp4.conf",
                TestConfigs.onLoopback("tag", dir.resolve("leases.csv").toString()));
        Dhcp4ServerComponent component = new Dhcp4ServerComponent(state -> new FakeParts().parts(state));

        component.startServer(Map.of("config", config.toString(), "port", "0", "state-dir", dir.toString()));
        Dhcp4Server server = component.server();
        assertTrue(server.isRunning());
        assertTrue(Files.exists(dir.resolve("kea-dhcp4.kea-dhcp4.pid")));

        component.deactivate();
        assertFalse(server.isRunning());
        assertNull(component.server());
    }

    /**
     * A hook library's commands come from a bundle whose handler needs these services (lease-cmds: lease store,
     * subnet index, statistics; subnet-cmds: configuration) and registers through the command registry: offered
     * only after the server said DHCP4_STARTED, a command sent on that line could find no handler, while Kea's
     * libraries' commands exist from then.
     */
    @Test
    void hookBundlesServicesAreOfferedWhenTheServerSaysItStarted() throws Exception {
        Path config = FakeParts.writeConfig(dir, "kea-dhcp4.conf",
                TestConfigs.onLoopback("tag", dir.resolve("leases.csv").toString()));
        Dhcp4ServerComponent component = new Dhcp4ServerComponent(state -> new FakeParts().parts(state));
        RecordingBundleContext framework = new RecordingBundleContext();

        try (LogLineWatch<List<String>> started = new LogLineWatch<>("DHCP4_STARTED", framework::registered)) {
            component.activate(framework.context(),
                    Map.of("config", config.toString(), "port", "0", "state-dir", dir.toString()));
            awaitServer(component);
            assertNotNull(started.snapshot(), "DHCP4_STARTED logged");
            assertTrue(started.snapshot().containsAll(List.of(CommandRegistry.class.getName(),
                    LeaseStore4.class.getName(), SubnetIndex4.class.getName(), Statistics.class.getName(),
                    ServerConfiguration4.class.getName())), "offered at DHCP4_STARTED: " + started.snapshot());
        } finally {
            component.deactivate();
        }
        assertEquals(List.of(), framework.registered(), "all withdrawn when the server stops");
    }

    /**
     * Nothing in the container is needed to start a server that loads no hook library: activation returns once it
     * serves, and the bundles of later start levels (console, features service) start after it, not alongside.
     */
    @Test
    void activationReturnsWithTheServerServingWhenItsFileLoadsNoHookLibrary() throws Exception {
        Path config = FakeParts.writeConfig(dir, "kea-dhcp4.conf",
                TestConfigs.onLoopback("tag", dir.resolve("leases.csv").toString()));
        Dhcp4ServerComponent component = new Dhcp4ServerComponent(state -> new FakeParts().parts(state));
        try {
            component.activate(new RecordingBundleContext().context(),
                    Map.of("config", config.toString(), "port", "0", "state-dir", dir.toString()));

            assertNotNull(component.server());
            assertTrue(component.server().isRunning());
        } finally {
            component.deactivate();
        }
    }

    /** Waits (bounded) for the start the activation began on its own thread. */
    private static void awaitServer(Dhcp4ServerComponent component) throws InterruptedException {
        for (int i = 0; i < 200 && component.server() == null; i++) {
            Thread.sleep(50);
        }
        assertNotNull(component.server(), "the server started");
    }

    @Test
    void withoutAConfigurationFileTheComponentStaysIdle() {
        Dhcp4ServerComponent component = new Dhcp4ServerComponent(state -> new FakeParts().parts(state));
        component.startServer(Map.of());
        assertNull(component.server());
        component.deactivate();
    }

    @Test
    void serverThatCannotStartLeavesTheComponentIdle() throws Exception {
        Path bad = FakeParts.writeConfig(dir, "bad.conf", TestConfigs.BOGUS_KEYWORD);
        Dhcp4ServerComponent component = new Dhcp4ServerComponent(state -> new FakeParts().parts(state));
        component.startServer(Map.of("config", bad.toString(), "state-dir", dir.toString()));
        assertNull(component.server());
    }

    @Test
    void configurationAdminWinsOverSystemPropertiesWhichFillTheGaps() {
        Map<String, String> system = Map.of("nestor.dhcp4.config", "/etc/kea/sys.conf", "nestor.dhcp4.port", "1067",
                "karaf.data", "/opt/karaf/data");
        Dhcp4ComponentOptions options = Dhcp4ComponentOptions.from(Map.of("config", "/etc/kea/admin.conf"),
                system::get);

        assertEquals(Path.of("/etc/kea/admin.conf"), options.configFile().orElseThrow());
        assertEquals(new ServerPorts(1067, 68), options.ports());
        assertEquals(Path.of("/opt/karaf/data/nestor"), options.stateDirectory());
        assertFalse(options.ownsProcess());
    }

    @Test
    void configFileFromASystemPropertyMeansTheProcessIsOursForSighup() {
        Map<String, String> system = Map.of("nestor.dhcp4.config", "/etc/kea/sys.conf");
        assertTrue(Dhcp4ComponentOptions.from(Map.of(), system::get).ownsProcess());
    }
}
