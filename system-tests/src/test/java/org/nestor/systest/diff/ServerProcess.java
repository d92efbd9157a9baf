package org.nestor.systest.diff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One DHCPv4 server process under comparison: Debian's {@code kea-dhcp4}, or Nestor's core
 * ({@code org.nestor.core.cli.Dhcp4Main}) in a plain JVM. Both run with Kea's command line
 * ({@code -c FILE -p PORT -P PORT}); start returns once the server logged DHCP4_STARTED.
 */
final class ServerProcess implements AutoCloseable {
    private static final long START_TIMEOUT_S = 60;

    private final String name;
    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final CompletableFuture<Void> started = new CompletableFuture<>();

    private ServerProcess(String name, Process process) {
        this.name = name;
        this.process = process;
        Thread reader = new Thread(this::readOutput, name + "-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts kea-dhcp4 with its pid and lock files in {@code dir}. */
    static ServerProcess kea(Path config, ServerPorts ports, Path dir) throws IOException {
        List<String> cmd = List.of("kea-dhcp4", "-c", config.toString(), "-p", Integer.toString(ports.server()),
                "-P", Integer.toString(ports.client()));
        return start("kea", cmd, Map.of("KEA_PIDFILE_DIR", dir.toString(), "KEA_LOCKFILE_DIR", dir.toString()));
    }

    /** Starts Nestor's core from the test class path with its state in {@code dir}. */
    static ServerProcess nestor(Path config, ServerPorts ports, Path dir) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "org.nestor.core.cli.Dhcp4Main", "-c", config.toString(),
                "-p", Integer.toString(ports.server()), "-P", Integer.toString(ports.client()),
                "--state-dir", dir.toString());
        return start("nestor", cmd, Map.of("KEA_PIDFILE_DIR", dir.toString()));
    }

    private static ServerProcess start(String name, List<String> cmd, Map<String, String> env) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(cmd)).redirectErrorStream(true);
        pb.environment().putAll(env);
        ServerProcess server = new ServerProcess(name, pb.start());
        server.awaitStarted();
        return server;
    }

    private void awaitStarted() throws IOException {
        try {
            started.get(START_TIMEOUT_S, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(name + " start interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IOException(name + " did not log DHCP4_STARTED:\n" + output, e);
        }
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                output.append(line).append('\n');
                if (line.contains("DHCP4_STARTED")) {
                    started.complete(null);
                }
            }
        } catch (IOException e) {
            output.append("(output unreadable: ").append(e.getMessage()).append(")\n");
        }
        started.completeExceptionally(new IOException(name + " exited"));
    }

    /** @return everything the server printed so far */
    String output() {
        return output.toString();
    }

    String name() {
        return name;
    }

    /** Stops the server by its PID with SIGTERM (then forcibly after 10 s). */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }

    /** Writes the output next to the server's files, for a reader of a failed run. */
    void saveOutput(Path file) throws IOException {
        Files.writeString(file, output());
    }
}
