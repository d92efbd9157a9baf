package org.nestor.systest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Kea Dhcp4 configurations written for one test: the sample's content with the test's interface and files. */
public final class TestConfigs {
    private TestConfigs() {
    }

    /**
     * Writes a configuration serving 192.0.2.0/24 (pool .100-.199, routers 192.0.2.1, DNS, domain, option 234,
     * reservation 02:00:00:00:00:01 → 192.0.2.10 "printer"), reachable directly on {@code iface} and through a
     * relay at 127.0.0.1.
     */
    public static Path write(Path dir, String iface, Path leaseFile) throws IOException {
        return write(dir, iface, leaseFile, 4000);
    }

    /** As {@link #write(Path, String, Path)} with another valid-lifetime. */
    public static Path write(Path dir, String iface, Path leaseFile, int validLifetime) throws IOException {
        String json = """
            {
              "Dhcp4": {
                "interfaces-config": { "interfaces": [ "%s" ], "dhcp-socket-type": "udp" },
                "lease-database": { "type": "memfile", "persist": true, "name": "%s", "lfc-interval": 0 },
                "valid-lifetime": %d, "renew-timer": 1000, "rebind-timer": 2000,
                "option-def": [ { "name": "my-message", "code": 234, "type": "string", "space": "dhcp4" } ],
                "option-data": [
                  { "name": "domain-name-servers", "data": "192.0.2.1, 192.0.2.2" },
                  { "name": "domain-name", "data": "example.org" },
                  { "name": "my-message", "data": "Hello from Nestor", "always-send": true }
                ],
                "subnet4": [ {
                  "id": 1, "subnet": "192.0.2.0/24",
                  "relay": { "ip-addresses": [ "127.0.0.1" ] },
                  "pools": [ { "pool": "192.0.2.100 - 192.0.2.199" } ],
                  "option-data": [ { "name": "routers", "data": "192.0.2.1" } ],
                  "reservations": [
                    { "hw-address": "02:00:00:00:00:01", "ip-address": "192.0.2.10", "hostname": "printer" }
                  ]
                } ]
              }
            }
            """.formatted(iface, leaseFile, validLifetime);
        Path file = dir.resolve("kea-dhcp4.conf");
        Files.writeString(file, json);
        return file;
    }

    /** As {@link #write(Path, String, Path)} on loopback, with a UNIX control socket at {@code socket}. */
    public static Path withControlSocket(Path dir, Path socket, Path leaseFile) throws IOException {
        Path file = write(dir, "lo", leaseFile);
        String text = Files.readString(file).replace("\"interfaces-config\"",
                "\"control-socket\": { \"socket-type\": \"unix\", \"socket-name\": \"" + socket + "\" },\n"
                        + "    \"interfaces-config\"");
        return Files.writeString(file, text);
    }
}
