package org.nestor.systest;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One {@code bin/nestor-dhcp4 -c} process of the distribution, optionally inside a network namespace, with its
 * own state directory and console port. Stopped by its PID with SIGTERM, as systemd would.
 */
public final class NestorInstance implements AutoCloseable {
    /** A first boot resolves and installs the container's features into a fresh data directory: slow on a loaded machine. */
    private static final long START_TIMEOUT_MS = 180_000;

    private final Process process;
    private final Path log;
    private final Path containerLog;

    private NestorInstance(Process process, Path log, Path containerLog) {
        this.process = process;
        this.log = log;
        this.containerLog = containerLog;
    }

    /**
     * Starts the server and returns once it logged DHCP4_STARTED.
     *
     * @param netns network namespace to run in, or null
     * @param config the Kea configuration file
     * @param stateDir the instance's state directory (lease file default, pid file, container data)
     * @param flags further kea-dhcp4 flags such as {@code -p 10067}
     */
    public static NestorInstance start(String netns, Path config, Path stateDir, String... flags)
            throws IOException, InterruptedException {
        return start(Map.of(), netns, config, stateDir, flags);
    }

    /**
     * {@link #start(String, Path, Path, String...)} with more environment for {@code bin/nestor-dhcp4} (such as
     * {@code EXTRA_JAVA_OPTS}).
     */
    public static NestorInstance start(Map<String, String> environment, String netns, Path config, Path stateDir,
                                       String... flags) throws IOException, InterruptedException {
        Files.createDirectories(stateDir);
        List<String> cmd = new ArrayList<>();
        if (netns != null) {
            cmd.addAll(List.of("ip", "netns", "exec", netns));
        }
        cmd.add(Commands.nestorHome().resolve("bin/nestor-dhcp4").toString());
        cmd.addAll(List.of("-c", config.toString()));
        cmd.addAll(List.of(flags));
        Path log = stateDir.resolve("console.log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("NESTOR_STATE_DIR", stateDir.toString());
        pb.environment().put("NESTOR_SSH_PORT", Integer.toString(freeTcpPort()));
        pb.environment().putAll(environment);
        NestorInstance instance = new NestorInstance(pb.start(), log, stateDir.resolve("log/karaf.log"));
        try {
            instance.awaitLog("DHCP4_STARTED", START_TIMEOUT_MS);
        } catch (AssertionError | IOException | InterruptedException | RuntimeException e) {
            boolean hung = instance.process.isAlive();
            if (hung) {
                instance.dumpThreads(stateDir.resolve("hung-boot-threads.txt"));
            }
            instance.process.destroyForcibly();
            instance.process.waitFor(30, TimeUnit.SECONDS);
            if (hung && !retried(stateDir)) {
                // Known open problem: on a loaded machine a first container boot can hang inside Karaf's feature
                // installation (thread dump kept above). Boot once more from a fresh container data directory.
                System.err.println("nestor-dhcp4 hung during its first container boot; thread dump kept in "
                        + "system-tests/target/hung-boot-threads-*.txt; retrying once");
                Files.writeString(stateDir.resolve("boot-retried"), "");
                deleteTree(stateDir.resolve("karaf"));
                return start(environment, netns, config, stateDir, flags);
            }
            throw e;
        }
        if (instance.output().contains("DHCPSRV_OPEN_SOCKET_FAIL")) {
            instance.close();
            throw new AssertionError("nestor-dhcp4 could not open its sockets (another server on the port?):\n"
                    + instance.output());
        }
        return instance;
    }

    private static boolean retried(Path stateDir) {
        return Files.exists(stateDir.resolve("boot-retried"));
    }

    /** Writes a thread dump to {@code file} and keeps a copy under target/ (the test's temp dir is deleted). */
    private void dumpThreads(Path file) {
        try {
            String dump = Commands.run(30, "jstack", Long.toString(process.pid())).output();
            Files.writeString(file, dump);
            Path kept = Path.of("target", "hung-boot-threads-" + process.pid() + ".txt");
            Files.createDirectories(kept.getParent());
            Files.writeString(kept, dump + "\n--- container log:\n" + containerLogTail());
        } catch (IOException | InterruptedException | AssertionError e) {
            // diagnostics only
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Waits until the console output contains {@code text}; fails with the output if the process dies first. */
    public void awaitLog(String text, long timeoutMs) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        while (System.nanoTime() < deadline) {
            if (output().contains(text)) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("nestor-dhcp4 exited " + process.exitValue() + " before logging " + text
                        + ":\n" + output());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + text + " within " + timeoutMs + " ms:\n" + output()
                + "\n--- end of the container's log:\n" + containerLogTail());
    }

    private String containerLogTail() throws IOException {
        if (!Files.exists(containerLog)) {
            return "(no " + containerLog + ")";
        }
        List<String> lines = Files.readAllLines(containerLog, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    /** @return everything the process printed so far */
    public String output() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Sends a signal to the process by its PID. */
    void signal(String name) throws IOException, InterruptedException {
        Commands.ok(10, "kill", "-" + name, Long.toString(process.pid()));
    }

    /** Stops the server with SIGTERM and returns its exit code. */
    public int stop() throws IOException, InterruptedException {
        if (process.isAlive()) {
            signal("TERM");
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("nestor-dhcp4 did not stop within 60 s of SIGTERM:\n" + output());
        }
        return process.exitValue();
    }

    /** Waits for the process to end by itself (e.g. after a shutdown command); @return its exit code */
    public int awaitExit(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("nestor-dhcp4 still runs " + seconds + " s later");
        }
        return process.exitValue();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }

    private static int freeTcpPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
