package org.nestor.systest;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Running external commands (bounded in time) and locating the distribution under test. */
public final class Commands {
    private Commands() {
    }

    /** What a finished command printed and returned. */
    public record Result(int exitCode, String output) {
    }

    /** @return the unpacked distribution built by karaf-dist */
    public static Path nestorHome() {
        String home = System.getProperty("nestor.home", "../karaf-dist/target/assembly");
        Path p = Path.of(home).toAbsolutePath().normalize();
        if (!Files.isExecutable(p.resolve("bin/nestor-dhcp4"))) {
            throw new IllegalStateException("no distribution at " + p + ": build karaf-dist first");
        }
        return p;
    }

    /** Skips the test, visibly, where the machine cannot run it (CI installs everything and runs as root). */
    public static void requireRootAndTools(String... tools) {
        assumeTrue("root".equals(System.getProperty("user.name")),
                "system tests need root (network namespaces, port 67); CI runs them as root");
        for (String tool : tools) {
            assumeTrue(onPath(tool), tool + " is not installed: run the test command in README.md");
        }
    }

    static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/sbin:/usr/bin:/sbin:/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return Files.isExecutable(Path.of("/usr/sbin", tool)) || Files.isExecutable(Path.of("/sbin", tool));
    }

    /** Runs a command to completion, at most {@code seconds}; output is stdout and stderr merged. */
    public static Result run(int seconds, List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[][] out = new byte[1][];
        Thread reader = new Thread(() -> {
            try {
                out[0] = p.getInputStream().readAllBytes();
            } catch (IOException e) {
                out[0] = new byte[0];
            }
        });
        reader.start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
            reader.join(5000);
            throw new AssertionError("timed out after " + seconds + " s: " + command + "\n"
                    + new String(out[0] == null ? new byte[0] : out[0], StandardCharsets.UTF_8));
        }
        reader.join(5000);
        return new Result(p.exitValue(), new String(out[0], StandardCharsets.UTF_8));
    }

    public static Result run(int seconds, String... command) throws IOException, InterruptedException {
        return run(seconds, List.of(command));
    }

    /** Runs a command that must succeed. */
    public static String ok(int seconds, String... command) throws IOException, InterruptedException {
        Result r = run(seconds, command);
        if (r.exitCode() != 0) {
            throw new AssertionError(String.join(" ", command) + " exited " + r.exitCode() + ":\n" + r.output());
        }
        return r.output();
    }
}
