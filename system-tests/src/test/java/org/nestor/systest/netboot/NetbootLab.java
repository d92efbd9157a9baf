package org.nestor.systest.netboot;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.nestor.systest.NamespacePair;

/**
 * A server namespace (192.0.2.1/24) and a client namespace joined by a veth pair, where one DHCP server runs at a
 * time and clients run one after another, each with its own MAC. Removed by {@link #close()}.
 */
final class NetbootLab implements AutoCloseable {
    private final String serverNs;
    private final String clientNs;
    final String serverIf;
    private final String clientIf;
    private final Path dir;
    private Process server;
    private Path serverLog;

    private NetbootLab(String tag, Path dir) {
        serverNs = "nbt-s-" + tag;
        clientNs = "nbt-c-" + tag;
        serverIf = "nbs" + tag;
        clientIf = "nbc" + tag;
        this.dir = dir;
    }

    /** Skips the test, visibly, without root or without one of {@code tools}. */
    static void requireRootAnd(String... tools) {
        assumeTrue("root".equals(System.getProperty("user.name")), "netboot system tests need root (namespaces)");
        for (String tool : tools) {
            boolean found = false;
            for (String d : List.of("/usr/sbin", "/usr/bin", "/sbin", "/bin")) {
                found |= Files.isExecutable(Path.of(d, tool));
            }
            assumeTrue(found, tool + " is not installed");
        }
    }

    static NetbootLab create(Path dir) throws IOException, InterruptedException {
        NetbootLab lab = new NetbootLab(Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xfffff)),
                dir);
        try {
            run(10, "ip", "netns", "add", lab.serverNs);
            run(10, "ip", "netns", "add", lab.clientNs);
            run(10, "ip", "link", "add", lab.serverIf, "netns", lab.serverNs, "type", "veth", "peer", "name",
                    lab.clientIf, "netns", lab.clientNs);
            run(10, lab.in(lab.serverNs, "ip", "addr", "add", "192.0.2.1/24", "dev", lab.serverIf));
            run(10, lab.in(lab.serverNs, "ip", "link", "set", lab.serverIf, "up"));
            run(10, lab.in(lab.clientNs, "ip", "link", "set", lab.clientIf, "up"));
        } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
            lab.close();
            throw e;
        }
        return lab;
    }

    /**
     * Starts {@code command} (a DHCP server taking {@code -c FILE}) in the server namespace on the configuration
     * resource {@code resource}, and returns once it logged DHCP4_STARTED.
     */
    void startServer(String name, List<String> command, Map<String, String> env, String resource)
            throws IOException, InterruptedException {
        stopServer();
        Path state = Files.createDirectories(dir.resolve(name + "-state"));
        String config;
        try (InputStream in = NetbootLab.class.getResourceAsStream(resource)) {
            config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path file = dir.resolve(name + "-" + resource);
        Files.writeString(file, config.replace("IFACE", serverIf).replace("LEASE_FILE",
                state.resolve("leases4.csv").toString()));
        List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", serverNs));
        cmd.addAll(command);
        cmd.addAll(List.of("-c", file.toString()));
        serverLog = state.resolve("console.log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(serverLog.toFile());
        pb.environment().putAll(env);
        pb.environment().put("KEA_PIDFILE_DIR", state.toString());
        pb.environment().put("KEA_LOCKFILE_DIR", state.toString());
        pb.environment().put("NESTOR_STATE_DIR", state.toString());
        server = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (!serverOutput().contains("DHCP4_STARTED")) {
            if (!server.isAlive() || System.nanoTime() > deadline) {
                stopServer();
                throw new AssertionError(name + " did not start:\n" + serverOutput());
            }
            Thread.sleep(100);
        }
        Thread.sleep(1000); // a freshly started server may miss its very first broadcast
    }

    String serverOutput() throws IOException {
        return serverLog != null && Files.exists(serverLog) ? Files.readString(serverLog) : "";
    }

    /** Stops the running server by its PID (SIGTERM, then SIGKILL after 60 s). */
    void stopServer() throws InterruptedException {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly();
                server.waitFor(10, TimeUnit.SECONDS);
            }
            server = null;
        }
    }

    /** Runs udhcpc once with {@code mac} and {@code options}; @return what it gave its script on "bound". */
    Map<String, String> udhcpc(String mac, String... options) throws IOException, InterruptedException {
        Path env = dir.resolve("udhcpc-" + mac.replace(':', '-') + ".env");
        Files.deleteIfExists(env);
        Path script = script("udhcpc.sh", "[ \"$1\" = bound ] && env > \"$NB_ENV\"\nexit 0\n");
        setMac(mac);
        List<String> cmd = new ArrayList<>(List.of("env", "NB_ENV=" + env, "udhcpc", "-i", clientIf, "-f", "-q",
                "-n", "-B", "-t", "4", "-T", "2", "-s", script.toString(), "-O", "66", "-O", "67", "-O", "119"));
        cmd.addAll(List.of(options));
        String out = run(40, in(clientNs, cmd.toArray(String[]::new)));
        return variables(env, out, "");
    }

    /**
     * Runs dhclient once ({@code -1}) with {@code mac} and the dhclient.conf {@code conf}, its lease and PID files in
     * the test's directory; stopped by its PID file afterwards. @return the script's {@code new_*} variables.
     */
    Map<String, String> dhclient(String mac, String conf) throws IOException, InterruptedException {
        String tag = mac.replace(':', '-');
        Path env = dir.resolve("dhclient-" + tag + ".env");
        Files.deleteIfExists(env);
        // dhclient gives its script a fresh environment: the output file is written into the script
        Path script = script("dhclient-" + tag + ".sh", "case \"$reason\" in BOUND|REBOOT) env > '" + env
                + "';; esac\nexit 0\n");
        Path cf = dir.resolve("dhclient-" + tag + ".conf");
        Files.writeString(cf, "timeout 20;\nretry 1;\n" + conf);
        Path pf = dir.resolve("dhclient-" + tag + ".pid");
        setMac(mac);
        String out;
        try {
            out = run(40, in(clientNs, "dhclient", "-4", "-1", "-v", "-cf", cf.toString(),
                    "-sf", script.toString(), "-lf", dir.resolve("dhclient-" + tag + ".leases").toString(), "-pf",
                    pf.toString(), clientIf));
        } finally {
            stopByPidFile(pf);
        }
        return variables(env, out, "new_");
    }

    /**
     * Stops the daemon {@code dhclient -1} left behind, by its PID file ({@code dhclient -x -pf}); the daemon writes
     * the file just after its parent returned, so it is awaited first. One that never wrote it (no lease) is fine.
     */
    private void stopByPidFile(Path pidFile) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!hasPid(pidFile) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        if (hasPid(pidFile)) {
            run(20, in(clientNs, "dhclient", "-x", "-pf", pidFile.toString()));
        }
    }

    private static boolean hasPid(Path pidFile) throws IOException {
        return Files.exists(pidFile) && Files.readString(pidFile).trim().matches("\\d+");
    }

    private Map<String, String> variables(Path env, String clientOutput, String prefix) throws IOException {
        if (!Files.exists(env)) {
            throw new AssertionError("the client got no lease:\n" + clientOutput + "\n--- server:\n" + serverOutput());
        }
        Map<String, String> vars = new TreeMap<>();
        for (String line : Files.readAllLines(env)) {
            int eq = line.indexOf('=');
            if (eq > 0 && line.startsWith(prefix)) {
                vars.put(line.substring(prefix.length(), eq), line.substring(eq + 1));
            }
        }
        return vars;
    }

    private void setMac(String mac) throws IOException, InterruptedException {
        run(10, in(clientNs, "ip", "link", "set", clientIf, "down"));
        run(10, in(clientNs, "ip", "link", "set", clientIf, "address", mac));
        run(10, in(clientNs, "ip", "link", "set", clientIf, "up"));
    }

    private Path script(String name, String body) throws IOException {
        Path script = dir.resolve(name);
        Files.writeString(script, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    private String[] in(String ns, String... command) {
        List<String> full = new ArrayList<>(List.of("ip", "netns", "exec", ns));
        full.addAll(List.of(command));
        return full.toArray(String[]::new);
    }

    /** Runs a command that must succeed within {@code seconds}; @return its output. */
    private static String run(int seconds, String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("nbt", ".out");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError("timed out: " + String.join(" ", command) + "\n" + Files.readString(out));
            }
            String text = Files.readString(out);
            if (p.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " exited " + p.exitValue() + ":\n" + text);
            }
            return text;
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** Stops the server, then anything a failed step left in the namespaces (by PID), and deletes them. */
    @Override
    public void close() throws IOException, InterruptedException {
        stopServer();
        NamespacePair.deleteNamespaces(clientNs, serverNs);
    }
}
