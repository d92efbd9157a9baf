package org.nestor.core.server;

import java.util.List;
import org.nestor.core.config.Dhcp4Config;
import org.nestor.core.config.ExpiredLeasesProcessing;
import org.nestor.core.config.InterfacesConfig;
import org.nestor.core.config.LeaseDatabaseConfig;

/** Small valid-enough configurations for the server tests; the doubles read only what is set here. */
public final class TestConfigs {
    private TestConfigs() {
    }

    /**
     * @param tag a server-tag the echo engine answers with, to tell configurations apart
     * @param leaseFile the memfile name, to tell lease databases apart
     */
    public static Dhcp4Config onLoopback(String tag, String leaseFile) {
        return new Dhcp4Config(List.of(), List.of(), List.of(), null, List.of(), List.of(), List.of(), null,
                new InterfacesConfig(List.of("lo"), "udp", "same-as-inbound", true, true, 5000, 0),
                new LeaseDatabaseConfig("memfile", true, leaseFile, 0, 0, false),
                new ExpiredLeasesProcessing(3600, 3600, 3600, 100, 250, 5), false, 86400, tag, 0, false, 0, 64, 256,
                List.of(), 20, 0, "warn");
    }
}
