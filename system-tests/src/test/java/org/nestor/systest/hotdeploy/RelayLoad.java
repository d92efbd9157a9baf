package org.nestor.systest.hotdeploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.nestor.systest.PerfdhcpOutput;
import org.nestor.systest.PerfdhcpRelay;

/**
 * perfdhcp as a relay on loopback (giaddr 127.0.0.1) against one server port, bounded by count or period; each run
 * waits for late replies before it counts, so "sent - received" is exactly the DISCOVERs left unanswered.
 */
final class RelayLoad {
    /** What one run sent and received, per exchange. */
    record Counts(long discovers, long offers, long requests, long acks) {
        long unansweredDiscovers() {
            return discovers - offers;
        }
    }

    private final int serverPort;
    private final Path dir;
    private int runs;

    /** @param serverPort the server's port (-p); replies to the relay come to serverPort + 1 (-P) */
    RelayLoad(int serverPort, Path dir) {
        this.serverPort = serverPort;
        this.dir = dir;
    }

    /** A run in the background. */
    final class Running {
        private final Process process;
        private final Path output;

        private Running(Process process, Path output) {
            this.process = process;
            this.output = output;
        }

        /** Waits for the run to end (bounded) and returns its counts. */
        Counts await() throws IOException, InterruptedException {
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError("perfdhcp did not finish:\n" + Files.readString(output));
            }
            String out = Files.readString(output, StandardCharsets.UTF_8);
            return new Counts(PerfdhcpOutput.count(out, "DISCOVER-OFFER", "sent packets"),
                    PerfdhcpOutput.count(out, "DISCOVER-OFFER", "received packets"),
                    PerfdhcpOutput.count(out, "REQUEST-ACK", "sent packets"),
                    PerfdhcpOutput.count(out, "REQUEST-ACK", "received packets"));
        }

        void kill() {
            process.destroyForcibly();
        }
    }

    /** Starts a run; {@code clientArgs} choose the clients and the bound ({@code -n 20}, {@code -p 6 -r 50}). */
    Running start(String... clientArgs) throws IOException {
        List<String> cmd = PerfdhcpRelay.toPort(serverPort).dropAfter(3).exitWait(3_000_000).with(clientArgs)
                .command();
        Path output = dir.resolve("perfdhcp-" + (++runs) + ".txt");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        return new Running(p, output);
    }

    /** Runs to completion. */
    Counts run(String... clientArgs) throws IOException, InterruptedException {
        return start(clientArgs).await();
    }

}
