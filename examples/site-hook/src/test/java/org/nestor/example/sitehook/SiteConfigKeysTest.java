package org.nestor.example.sitehook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SiteConfigKeysTest {
    @Test
    void fileAndCircuitKeysBecomeTheParametersAndOtherKeysAreIgnored() {
        Map<String, Object> properties = Map.of("blocked-mac-prefixes-file", " /etc/nestor/blocked-macs.txt ",
                "circuit-classes.port-7", "lab-7", "circuit-classes.port-8", "lab-8",
                "service.pid", "org.nestor.hook.site_example", "felix.fileinstall.filename", "file:/x.cfg",
                "hook.point", "pkt4_receive");
        assertEquals(Map.of("blocked-mac-prefixes-file", "/etc/nestor/blocked-macs.txt",
                "circuit-classes", Map.of("port-7", "lab-7", "port-8", "lab-8")),
                SiteConfigKeys.toParameters(properties));
    }

    @Test
    void noKeysNoParameters() {
        assertEquals(Map.of(), SiteConfigKeys.toParameters(Map.of("component.name", "x")));
    }
}
