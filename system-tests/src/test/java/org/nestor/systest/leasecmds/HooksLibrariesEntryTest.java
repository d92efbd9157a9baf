package org.nestor.systest.leasecmds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nestor.core.json.JsonArray;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonString;
import org.nestor.systest.Commands;
import org.nestor.systest.ControlClient;
import org.nestor.systest.NestorInstance;
import org.nestor.systest.UdpPorts;

/**
 * A Kea configuration naming {@code libdhcp_lease_cmds.so} by Debian's path and {@code libdhcp_stat_cmds.so} by file
 * name runs unchanged: the server installs {@code nestor-hook-lease-cmds} and {@code nestor-hook-stat-cmds} before it
 * applies the configuration, and their commands answer from the first moment. A library no feature provides stops the
 * start with Kea's message.
 */
class HooksLibrariesEntryTest {
    @TempDir
    Path dir;

    @Test
    void keaLibraryPathsInstallTheirHookFeaturesBeforeTheServerStarts() throws Exception {
        Commands.requireRootAndTools();
        Path socket = dir.resolve("ctl.sock");
        Path config = config(dir, socket, """
                { "library": "/usr/lib/x86_64-linux-gnu/kea/hooks/libdhcp_lease_cmds.so" },
                { "library": "libdhcp_stat_cmds.so" }""");
        int port = UdpPorts.freePair();
        ControlClient ctl = new ControlClient(socket);
        try (NestorInstance server = NestorInstance.start(null, config, dir.resolve("state"),
                "-p", Integer.toString(port), "-P", Integer.toString(port + 1))) {
            List<String> commands = ctl.commands();
            assertTrue(commands.contains("lease4-get-all") && commands.contains("stat-lease4-get"),
                    "commands of both libraries present at start: " + commands);

            JsonArray libraries = (JsonArray) ((JsonObject) ctl.send("list-hooks", null).get("arguments"))
                    .get("libraries");
            List<String> names = libraries.items().stream()
                    .map(l -> ((JsonString) ((JsonObject) l).get("library")).value()).toList();
            assertEquals(List.of("libdhcp_lease_cmds", "libdhcp_stat_cmds"), names.subList(0, 2),
                    "libraries in hooks-libraries order");

            JsonObject added = ctl.send("lease4-add",
                    "{\"ip-address\": \"192.0.2.150\", \"hw-address\": \"02:00:00:00:00:96\"}");
            assertEquals(0, ControlClient.result(added), ControlClient.text(added));
            JsonObject got = ctl.send("lease4-get", "{\"ip-address\": \"192.0.2.150\"}");
            assertEquals("02:00:00:00:00:96", LeaseCmdsLab.field(got.get("arguments"), "hw-address"));
            assertEquals(0, server.stop());
        }
    }

    @Test
    void aLibraryNoFeatureProvidesStopsTheStartWithKeasMessage() throws Exception {
        Commands.requireRootAndTools();
        Path config = config(dir, dir.resolve("ctl.sock"),
                "{ \"library\": \"/usr/lib/x86_64-linux-gnu/kea/hooks/libdhcp_no_such_thing.so\" }");
        int port = UdpPorts.freePair();
        Commands.Result run = Commands.run(240, "env", "NESTOR_STATE_DIR=" + dir.resolve("state"),
                "NESTOR_SSH_PORT=" + ThreadLocalRandom.current().nextInt(30000, 40000),
                Commands.nestorHome().resolve("bin/nestor-dhcp4").toString(), "-c", config.toString(),
                "-p", Integer.toString(port), "-P", Integer.toString(port + 1));
        assertNotEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("library or libraries in error are: libdhcp_no_such_thing"), run.output());
        assertTrue(!run.output().contains("DHCP4_STARTED"), "the server never served: " + run.output());
    }

    private static Path config(Path dir, Path socket, String libraries) throws Exception {
        String json = """
            {
              "Dhcp4": {
                "interfaces-config": { "interfaces": [ "lo" ], "dhcp-socket-type": "udp" },
                "control-socket": { "socket-type": "unix", "socket-name": "%s" },
                "lease-database": { "type": "memfile", "persist": true, "name": "%s", "lfc-interval": 0 },
                "hooks-libraries": [ %s ],
                "subnet4": [
                  { "id": 1, "subnet": "192.0.2.0/24", "pools": [ { "pool": "192.0.2.100 - 192.0.2.199" } ] }
                ]
              }
            }
            """.formatted(socket, dir.resolve("leases4.csv"), libraries);
        return Files.writeString(dir.resolve("hooks-entry.json"), json);
    }
}
