package org.nestor.systest.leasecmds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.nestor.core.json.JsonArray;
import org.nestor.core.json.JsonNumber;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonString;
import org.nestor.core.json.JsonValue;

/**
 * What the lease-cmds contract tests share: the configuration Kea 2.2's answers were recorded with (subnets 1, 2 and
 * 5; subnet 1 reachable through a relay at 127.0.0.1) and deployment of the hook bundles by copying their jars
 * into the instance's {@code deploy/} directory.
 */
final class LeaseCmdsLab {
    static final List<String> BUNDLES = List.of("lease-cmds", "stat-cmds");

    private LeaseCmdsLab() {
    }

    static Path config(Path dir, Path socket, Path leases) throws IOException {
        String json = """
            {
              "Dhcp4": {
                "interfaces-config": { "interfaces": [ "lo" ], "dhcp-socket-type": "udp" },
                "control-socket": { "socket-type": "unix", "socket-name": "%s" },
                "lease-database": { "type": "memfile", "persist": true, "name": "%s", "lfc-interval": 0 },
                "valid-lifetime": 4000,
                "subnet4": [
                  { "id": 1, "subnet": "192.0.2.0/24", "relay": { "ip-addresses": [ "127.0.0.1" ] },
                    "pools": [ { "pool": "192.0.2.100 - 192.0.2.199" } ] },
                  { "id": 2, "subnet": "198.51.100.0/24", "pools": [ { "pool": "198.51.100.10 - 198.51.100.19" } ] },
                  { "id": 5, "subnet": "203.0.113.0/24", "pools": [ { "pool": "203.0.113.10 - 203.0.113.19" } ] }
                ]
              }
            }
            """.formatted(socket, leases);
        return Files.writeString(dir.resolve("leasecmds.json"), json);
    }

    /** The hook bundle jar built by the reactor (system-tests runs from its own module directory). */
    static Path jar(String bundle) throws IOException {
        Path target = Path.of("..", "hooks", bundle, "target");
        try (var files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().matches("hook-" + bundle + "-[^-]+(-SNAPSHOT)?\\.jar"))
                    .findFirst().orElseThrow(() -> new IOException("no hook-" + bundle + " jar in " + target));
        }
    }

    /** Each instance watches its own {@code deploy/} under its state directory. */
    static Path deployed(Path stateDir, String bundle) {
        return stateDir.resolve("deploy").resolve("hook-" + bundle + ".jar");
    }

    static void deploy(Path stateDir) throws IOException {
        Files.createDirectories(stateDir.resolve("deploy"));
        for (String b : BUNDLES) {
            Files.copy(jar(b), deployed(stateDir, b), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void undeploy(Path stateDir) throws IOException {
        for (String b : BUNDLES) {
            Files.deleteIfExists(deployed(stateDir, b));
        }
    }

    static JsonArray leases(JsonObject answer) {
        return (JsonArray) ((JsonObject) answer.get("arguments")).get("leases");
    }

    static String field(JsonValue lease, String name) {
        JsonValue v = ((JsonObject) lease).get(name);
        return v instanceof JsonString s ? s.value() : String.valueOf(((JsonNumber) v).longValue());
    }
}
