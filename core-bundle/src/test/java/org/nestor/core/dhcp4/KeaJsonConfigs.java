package org.nestor.core.dhcp4;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.nestor.core.config.ConfigException;
import org.nestor.core.config.Dhcp4Config;
import org.nestor.core.config.Dhcp4ConfigParser;
import org.nestor.core.config.SystemEnvironment;

/** Kea JSON configurations for engine tests, read by the real parser (interface {@link EngineHarness#IFACE}). */
final class KeaJsonConfigs {
    private KeaJsonConfigs() {
    }

    /** @return the configuration resource {@code name} of this package, IFACE and LEASE_FILE filled in */
    static Dhcp4Config resource(String name, Path dir) {
        try (InputStream in = KeaJsonConfigs.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + name);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return {@code text} parsed as Kea parses it, IFACE and LEASE_FILE filled in */
    static Dhcp4Config parse(String text, Path dir) {
        String filled = text.replace("IFACE", EngineHarness.IFACE)
                .replace("LEASE_FILE", dir.resolve("leases4.csv").toString());
        try {
            return new Dhcp4ConfigParser().stateDirectory(dir).environment(SystemEnvironment.PERMISSIVE)
                    .parse(filled, "test.json");
        } catch (ConfigException e) {
            throw new AssertionError("configuration refused: " + e.getMessage(), e);
        }
    }
}
