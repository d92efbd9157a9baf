package org.nestor.systest.http;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Processes of the distribution under test (and Debian's Kea), each started in a temporary directory, bounded in
 * time, and stopped by its PID with SIGTERM.
 */
final class AgentLab implements AutoCloseable {
    private final Path dir;
    private final List<Process> processes = new ArrayList<>();

    AgentLab(Path dir) {
        this.dir = dir;
    }

    static Path home() {
        Path p = Path.of(System.getProperty("nestor.home", "../karaf-dist/target/assembly")).toAbsolutePath()
                .normalize();
        assumeTrue(Files.isExecutable(p.resolve("bin/nestor-ctrl-agent")), "no distribution at " + p);
        return p;
    }

    /** Skips visibly where the machine lacks the tools (scripts/test.sh installs them). */
    static void require(String... tools) {
        for (String tool : tools) {
            assumeTrue(Files.isExecutable(Path.of("/usr/bin", tool)) || Files.isExecutable(Path.of("/usr/sbin", tool)),
                    tool + " is not installed: run scripts/test.sh");
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** The Nestor daemon on {@code config}, started with a high server port; returns once DHCP4_STARTED. */
    Process nestorDhcp4(Path config, int port) throws Exception {
        Path state = Files.createDirectories(dir.resolve("state"));
        ProcessBuilder pb = new ProcessBuilder(home().resolve("bin/nestor-dhcp4").toString(), "-c", config.toString(),
                "-p", Integer.toString(port), "-P", Integer.toString(port + 1));
        pb.environment().put("NESTOR_STATE_DIR", state.toString());
        pb.environment().put("NESTOR_SSH_PORT", Integer.toString(freePort()));
        return start(pb, "dhcp4.log", "DHCP4_STARTED", 120);
    }

    /** Debian's kea-dhcp4 on {@code config}; returns once DHCP4_STARTED. */
    Process keaDhcp4(Path config, int port) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("kea-dhcp4", "-c", config.toString(), "-p", Integer.toString(port),
                "-P", Integer.toString(port + 1));
        pb.environment().put("KEA_PIDFILE_DIR", dir.toString());
        pb.environment().put("KEA_LOCKFILE_DIR", dir.toString());
        return start(pb, "kea-dhcp4.log", "DHCP4_STARTED", 30);
    }

    /** bin/nestor-ctrl-agent -c {@code config}; returns once it serves. */
    Process agent(Path config, String logName) throws Exception {
        return start(new ProcessBuilder(home().resolve("bin/nestor-ctrl-agent").toString(), "-c", config.toString()),
                logName, "CTRL_AGENT_STARTED", 30);
    }

    private Process start(ProcessBuilder pb, String logName, String ready, int seconds) throws Exception {
        Path log = dir.resolve(logName);
        Process p = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        processes.add(p);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (Files.readString(log, StandardCharsets.UTF_8).contains(ready)) {
                return p;
            }
            if (!p.isAlive()) {
                break;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(pb.command() + " did not log " + ready + ":\n" + Files.readString(log));
    }

    /** Runs a command (through sh -c, so pipes work) to completion within 60 s. */
    static Result sh(String script) throws Exception {
        Process p = new ProcessBuilder("sh", "-c", script).redirectErrorStream(true).start();
        byte[][] out = new byte[1][];
        Thread reader = new Thread(() -> {
            try {
                out[0] = p.getInputStream().readAllBytes();
            } catch (IOException e) {
                out[0] = new byte[0];
            }
        });
        reader.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + script);
        }
        reader.join(5000);
        return new Result(p.exitValue(), new String(out[0], StandardCharsets.UTF_8));
    }

    record Result(int exitCode, String output) {
    }

    @Override
    public void close() throws InterruptedException {
        for (int i = processes.size() - 1; i >= 0; i--) {
            Process p = processes.get(i);
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
