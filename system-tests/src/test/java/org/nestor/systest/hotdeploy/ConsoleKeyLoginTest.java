package org.nestor.systest.hotdeploy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nestor.systest.Commands;
import org.nestor.systest.NestorInstance;
import org.nestor.systest.TestConfigs;

/**
 * The console admits the key an instance generated at its first start, and nothing else: no password is shipped,
 * the key survives restarts, and the JDK generates it where ssh-keygen is missing. A refused login (as while the
 * instance boots, before its login realm is registered) is retried with the same command.
 */
class ConsoleKeyLoginTest {
    @TempDir
    Path dir;

    @Test
    void theShippedUsersFileHasNoLoginAtAll() throws IOException {
        List<String> logins = Files.readAllLines(Commands.nestorHome().resolve("etc/users.properties")).stream()
                .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("_g_\\:"))
                .toList();
        assertEquals(List.of(), logins);
    }

    @Test
    void withoutSshKeygenTheJdkKeyLogsInAndKeepsAcrossRestartsWhileAPasswordIsRefused() throws Exception {
        Commands.requireRootAndTools();
        Path config = TestConfigs.write(dir, "lo", dir.resolve("leases4.csv"));
        Path state = dir.resolve("state");
        Path key = state.resolve("console/karaf.key");
        byte[] firstKey;
        try (Instance server = startWithoutSshKeygen(config, state)) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
            firstKey = Files.readAllBytes(key);
            assertTrue(new String(firstKey).startsWith("-----BEGIN PRIVATE KEY-----"), "the JDK's PKCS#8 key");
            String status = new ConsoleSession(state).ok("nestor:status");
            assertTrue(status.contains("\"result\": 0"), status);

            String port = Files.readString(state.resolve("console/port")).trim();
            Commands.Result password = Commands.run(60, "sh", "-c", "echo 'echo logged-in' | KARAF_ETC=" + state
                    + "/etc " + Commands.nestorHome().resolve("bin/client") + " -h 127.0.0.1 -a " + port
                    + " -u karaf -p karaf -b");
            assertNotEquals(0, password.exitCode(), password.output());
            assertTrue(!password.output().contains("logged-in"), password.output());
        }
        try (Instance server = startWithoutSshKeygen(config, state)) {
            assertArrayEquals(firstKey, Files.readAllBytes(key), "the key of the first start is kept");
            new ConsoleSession(state).ok("nestor:status");
        }
    }

    @Test
    void aRefusedLoginIsRetriedWithTheSameCommandUntilTheRealmAdmitsTheKey() throws Exception {
        Commands.requireRootAndTools();
        Path config = TestConfigs.write(dir, "lo", dir.resolve("leases4.csv"));
        Path state = dir.resolve("state");
        try (NestorInstance server = NestorInstance.start(null, config, state, "-p", Integer.toString(freePort()),
                "-P", Integer.toString(freePort()))) {
            // The login realm reads etc/keys.properties at every login: without the karaf line it refuses the key
            // just as it refuses every login while the instance boots, before the realm is registered.
            Path keys = state.resolve("etc/keys.properties");
            String admitted = Files.readString(keys);
            Files.writeString(keys, admitted.lines().filter(l -> !l.startsWith("karaf="))
                    .collect(Collectors.joining("\n", "", "\n")));

            Commands.Result refused = Commands.run(60, "env", "NESTOR_CONSOLE_LOGIN_RETRIES=0",
                    Commands.nestorHome().resolve("bin/nestor-console").toString(), "-s", state.toString(),
                    "nestor:status");
            assertNotEquals(0, refused.exitCode(), refused.output());
            assertTrue(refused.output().contains("No more authentication methods available"), refused.output());

            Path errors = dir.resolve("console.err");
            Process console = new ProcessBuilder(Commands.nestorHome().resolve("bin/nestor-console").toString(), "-s",
                    state.toString(), "nestor:status").redirectError(errors.toFile()).start();
            try {
                for (int i = 0; i < 600 && !(Files.exists(errors) && Files.readString(errors).contains(
                        "login refused")); i++) {
                    Thread.sleep(50);
                }
                assertTrue(Files.readString(errors).contains("login refused"), Files.readString(errors));
                Files.writeString(keys, admitted);
                String status = new String(console.getInputStream().readAllBytes());
                assertTrue(console.waitFor(60, TimeUnit.SECONDS), "nestor-console did not end");
                assertEquals(0, console.exitValue(), status + Files.readString(errors));
                assertTrue(status.contains("\"result\": 0"), status);
            } finally {
                console.destroyForcibly();
            }
        }
    }

    /** Removes the tool links before JUnit deletes the temporary directory (it warns about each link otherwise). */
    @AfterEach
    void removeToolLinks() throws IOException {
        Path bin = dir.resolve("bin-without-ssh-keygen");
        if (Files.exists(bin)) {
            try (Stream<Path> links = Files.list(bin)) {
                for (Path link : links.toList()) {
                    Files.delete(link);
                }
            }
        }
    }

    /** Starts the instance with a PATH holding every tool of /usr/bin and /bin but ssh-keygen. */
    private Instance startWithoutSshKeygen(Path config, Path state) throws IOException, InterruptedException {
        Path bin = dir.resolve("bin-without-ssh-keygen");
        if (!Files.exists(bin)) {
            Files.createDirectories(bin);
            for (String d : List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin")) {
                try (Stream<Path> tools = Files.list(Path.of(d))) {
                    for (Path tool : tools.toList()) {
                        Path link = bin.resolve(tool.getFileName());
                        if (!tool.getFileName().toString().equals("ssh-keygen") && !Files.exists(link)) {
                            Files.createSymbolicLink(link, tool);
                        }
                    }
                }
            }
        }
        Files.createDirectories(state);
        Path log = state.resolve("console.log");
        ProcessBuilder pb = new ProcessBuilder("env", "PATH=" + bin,
                Commands.nestorHome().resolve("bin/nestor-dhcp4").toString(), "-c", config.toString(), "-p",
                Integer.toString(freePort()), "-P", Integer.toString(freePort()))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("NESTOR_STATE_DIR", state.toString());
        pb.environment().put("NESTOR_SSH_PORT", Integer.toString(freePort()));
        Instance instance = new Instance(pb.start(), log);
        instance.awaitStarted();
        return instance;
    }

    /** A bin/nestor-dhcp4 process started with its own PATH, stopped by its PID with SIGTERM. */
    private record Instance(Process process, Path log) implements AutoCloseable {
        void awaitStarted() throws IOException, InterruptedException {
            for (int i = 0; i < 1800; i++) {
                String out = Files.exists(log) ? Files.readString(log) : "";
                if (out.contains("DHCP4_STARTED")) {
                    return;
                }
                if (!process.isAlive()) {
                    throw new AssertionError("nestor-dhcp4 exited " + process.exitValue() + ":\n" + out);
                }
                Thread.sleep(100);
            }
            // env and bin/nestor-dhcp4 exec the container's JVM: the process started is that JVM.
            String threads = Commands.run(30, "jstack", Long.toString(process.pid())).output();
            close();
            throw new AssertionError("nestor-dhcp4 did not start:\n" + Files.readString(log) + "\n--- threads:\n"
                    + threads);
        }

        @Override
        public void close() throws IOException, InterruptedException {
            if (process.isAlive()) {
                Commands.ok(10, "kill", "-TERM", Long.toString(process.pid()));
            }
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static int freePort() throws IOException {
        try (java.net.DatagramSocket s = new java.net.DatagramSocket(0)) {
            return s.getLocalPort();
        }
    }
}
