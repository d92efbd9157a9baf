package org.nestor.systest.subnetcmds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nestor.systest.ControlClient.result;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.nestor.systest.ControlClient;
import org.nestor.systest.NestorInstance;
import org.nestor.systest.TestConfigs;
import org.nestor.systest.UdpPorts;

/**
 * One instance of the distribution for a contract test class: the shared test configuration (192.0.2.0/24,
 * reservation 02:00:00:00:00:01 → 192.0.2.10 "printer") with a control socket, on loopback ports above 20000, with
 * one hook bundle deployed and its commands listed.
 */
final class CommandInstance implements AutoCloseable {
    final HookBundles hooks;
    final ControlClient control;
    private final NestorInstance server;
    private final Path dir;

    private CommandInstance(HookBundles hooks, ControlClient control, NestorInstance server, Path dir) {
        this.hooks = hooks;
        this.control = control;
        this.server = server;
        this.dir = dir;
    }

    /** Starts an instance with {@code artifact} deployed; returns once {@code command} is listed. */
    static CommandInstance start(String artifact, String command) throws Exception {
        Path dir = Files.createTempDirectory("subnetcmds-" + artifact + "-");
        Path socket = dir.resolve("ctrl.sock");
        Path config = TestConfigs.withControlSocket(dir, socket, dir.resolve("leases4.csv"));
        HookBundles hooks = HookBundles.forInstance(dir.resolve("state"));
        hooks.deploy(artifact);
        int port = UdpPorts.freePair();
        NestorInstance server = NestorInstance.start(null, config, dir.resolve("state"), "-p",
                Integer.toString(port), "-P", Integer.toString(port + 1));
        CommandInstance instance = new CommandInstance(hooks, new ControlClient(socket), server, dir);
        instance.control.awaitCommand(command, true);
        return instance;
    }

    Map<String, Object> run(String command, String arguments) throws Exception {
        return control.sendForMap(command, arguments);
    }

    /** Runs a command that must be refused with {@code expected} and leave the configuration as it was. */
    Map<String, Object> refused(long expected, String command, String arguments) throws Exception {
        Map<String, Object> before = control.runningConfig();
        Map<String, Object> answer = run(command, arguments);
        assertEquals(expected, result(answer), answer.toString());
        assertEquals(before, control.runningConfig(), "the running configuration did not change");
        return answer;
    }

    /** Stops the instance and removes its files. */
    @Override
    public void close() throws Exception {
        server.close();
        deleteTree(dir);
    }

    /** Removes {@code dir} and everything below it. */
    static void deleteTree(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
