package org.nestor.core.control;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Prints the median latency (µs) of config-get and list-commands over a real server's UNIX control socket, one
 * connection per command as Kea's clients do, after a warm-up. Optionally the same against another socket (a
 * running kea-dhcp4). Not a test; run by hand:
 * {@code java -cp <test-classes>:<classes>:<dependencies> org.nestor.core.control.ControlSocketLatencyBenchmark
 * [/path/to/kea4.sock]}.
 */
public final class ControlSocketLatencyBenchmark {
    private static final int CALLS = 100;
    private static final int WARM_UP = 200;

    private ControlSocketLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("nestor-latency");
        try (ControlFixture nestor = new ControlFixture(dir)) {
            report("nestor", nestor.socket());
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        if (args.length > 0) {
            report("kea-dhcp4", Path.of(args[0]));
        }
    }

    private static void report(String who, Path socket) throws Exception {
        for (String command : new String[] {"config-get", "list-commands"}) {
            String request = "{\"command\": \"" + command + "\"}";
            for (int i = 0; i < WARM_UP; i++) {
                UnixControlClient.send(socket, request);
            }
            long[] micros = new long[CALLS];
            for (int i = 0; i < CALLS; i++) {
                long start = System.nanoTime();
                UnixControlClient.send(socket, request);
                micros[i] = (System.nanoTime() - start) / 1000;
            }
            Arrays.sort(micros);
            System.out.printf("%-10s %-14s median %6d us  (min %d, max %d, %d calls)%n", who, command,
                    micros[CALLS / 2], micros[0], micros[CALLS - 1], CALLS);
        }
    }
}
