package org.nestor.systest.hotdeploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nestor.systest.ControlClient;
import org.nestor.systest.NestorInstance;
import org.nestor.systest.TestConfigs;
import org.nestor.systest.UdpPorts;

/**
 * One distribution instance on loopback for hot-deploy tests: a free server port with perfdhcp as the relay, a UNIX
 * control socket, the console, and the example hook's Config Admin file (blocked prefix {@value #BLOCKED_PREFIX},
 * circuit-id {@code port-7} to class {@code lab-7}) in place before the hook is ever deployed.
 */
final class HotDeployLab implements AutoCloseable {
    static final String BLOCKED_PREFIX = "02:00:5e";
    /** perfdhcp's base MAC for clients the example hook blocks, and for the others. */
    static final String BLOCKED_BASE = BLOCKED_PREFIX + ":00:00:00";
    static final String OTHER_BASE = "02:42:00:00:00:00";
    /** perfdhcp {@code -R}: clients per base, so blocked and other MACs differ only in the last octet. */
    static final int CLIENTS = 20;
    /** Option 82 with circuit-id "port-7", as perfdhcp's {@code -o} takes it. */
    static final String CIRCUIT_PORT_7 = "82,0106706f72742d37";

    private final NestorInstance server;
    private final Path stateDir;
    private final Path macList;
    private final RelayLoad load;
    private final ControlClient control;
    private final ConsoleSession console;

    private HotDeployLab(NestorInstance server, Path stateDir, Path macList, RelayLoad load, ControlClient control) {
        this.server = server;
        this.stateDir = stateDir;
        this.macList = macList;
        this.load = load;
        this.control = control;
        this.console = new ConsoleSession(stateDir);
    }

    static HotDeployLab start(Path dir) throws IOException, InterruptedException {
        Path socket = dir.resolve("ctl.sock");
        Path config = TestConfigs.write(dir, "lo", dir.resolve("leases4.csv"));
        // A deep receive queue: on a loaded machine a console command (a JVM start) plus the feature resolver can
        // hold the server's threads off the CPU for a second, which Kea's default queue (64) does not cover.
        Files.writeString(config, Files.readString(config).replace("\"interfaces-config\"",
                "\"control-socket\": { \"socket-type\": \"unix\", \"socket-name\": \"" + socket + "\" },\n"
                        + "    \"multi-threading\": { \"enable-multi-threading\": true, \"thread-pool-size\": 2, "
                        + "\"packet-queue-size\": 2048 },\n    \"interfaces-config\""));
        Path blocked = Files.writeString(dir.resolve("blocked-macs.txt"), "# lab kit\n" + BLOCKED_PREFIX + "\n");
        Path stateDir = dir.resolve("state");
        Files.createDirectories(stateDir.resolve("etc"));
        Files.writeString(stateDir.resolve("etc/org.nestor.hook.site_example.cfg"),
                "blocked-mac-prefixes-file = " + blocked + "\ncircuit-classes.port-7 = lab-7\n");
        Path macList = Files.write(dir.resolve("macs.txt"), macs());
        int port = UdpPorts.freePair();
        NestorInstance server = NestorInstance.start(null, config, stateDir, "-p", Integer.toString(port), "-P",
                Integer.toString(port + 1));
        return new HotDeployLab(server, stateDir, macList, new RelayLoad(port, dir), new ControlClient(socket));
    }

    /** @return the MACs perfdhcp's blocked and other clients use, half of them blocked */
    private static List<String> macs() {
        List<String> macs = new ArrayList<>();
        for (String base : List.of(BLOCKED_BASE, OTHER_BASE)) {
            for (int i = 0; i < CLIENTS; i++) {
                macs.add(base.substring(0, base.length() - 2) + String.format("%02x", i));
            }
        }
        return macs;
    }

    /** What a phase's load sent and received, and the server's statistics over the same phase. */
    record Phase(RelayLoad.Counts client, Packets server) {
    }

    /** Something done from the console while the load runs. */
    @FunctionalInterface
    interface Action {
        void run() throws IOException, InterruptedException;
    }

    /**
     * Runs a steady bounded load (50 exchanges/s for 10 s, MACs drawn from both halves) and {@code action} meanwhile.
     */
    Phase underLoad(Action action) throws IOException, InterruptedException {
        Packets before = Packets.of(control);
        RelayLoad.Running running = load.start("-r", "50", "-p", "10", "-M", macList.toString());
        try {
            action.run();
        } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
            running.kill();
            throw e;
        }
        RelayLoad.Counts counts = running.await();
        return new Phase(counts, Packets.of(control).minus(before));
    }

    RelayLoad load() {
        return load;
    }

    ControlClient control() {
        return control;
    }

    ConsoleSession console() {
        return console;
    }

    Path stateDir() {
        return stateDir;
    }

    NestorInstance server() {
        return server;
    }

    /** Stops the server and keeps its container log under target/ (the test's directory is deleted). */
    @Override
    public void close() throws IOException, InterruptedException {
        try {
            server.close();
        } finally {
            Path log = stateDir.resolve("log/karaf.log");
            if (Files.exists(log)) {
                Path kept = Path.of("target", "hotdeploy-karaf-" + server.pid() + ".log");
                Files.createDirectories(kept.getParent());
                Files.copy(log, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Files.writeString(Path.of("target", "hotdeploy-output-" + server.pid() + ".log"), server.output());
            }
        }
    }
}
