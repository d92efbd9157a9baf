package org.nestor.core.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nestor.core.server.Dhcp4Server;
import org.nestor.core.server.FakeParts;
import org.nestor.core.server.ServerPorts;
import org.nestor.core.server.TestConfigs;

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
