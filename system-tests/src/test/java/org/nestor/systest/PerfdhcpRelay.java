package org.nestor.systest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One perfdhcp command line acting as a DHCPv4 relay on loopback towards the server at 127.0.0.1: the relay's address
 * ({@code -l}, which becomes giaddr), the server's port ({@code -N}) and the port perfdhcp listens on ({@code -L},
 * the server's port + 1 unless set), then what the test chooses (rate, clients, seed, drop time, exit wait). Every
 * run is bounded by {@link #run(int)}'s timeout.
 */
public final class PerfdhcpRelay {
    private final String relay;
    private final int serverPort;
    private int clientPort;
    private final List<String> options = new ArrayList<>();

    private PerfdhcpRelay(String relay, int serverPort) {
        this.relay = relay;
        this.serverPort = serverPort;
        this.clientPort = serverPort + 1;
    }

    /** perfdhcp relaying from 127.0.0.1 to a server on {@code serverPort}. */
    public static PerfdhcpRelay toPort(int serverPort) {
        return new PerfdhcpRelay("127.0.0.1", serverPort);
    }

    /** perfdhcp relaying from {@code relay} (its giaddr, an address of this host) to a server on {@code serverPort}. */
    public static PerfdhcpRelay from(String relay, int serverPort) {
        return new PerfdhcpRelay(relay, serverPort);
    }

    /** The port perfdhcp listens on for the server's answers ({@code -L}). */
    public PerfdhcpRelay clientPort(int port) {
        this.clientPort = port;
        return this;
    }

    /** {@code -r}: exchanges started per second. */
    public PerfdhcpRelay rate(int perSecond) {
        return option("-r", perSecond);
    }

    /** {@code -n} and {@code -R}: {@code clients} distinct clients, one DORA each. */
    public PerfdhcpRelay clientsOnce(int clients) {
        return option("-n", clients).option("-R", clients);
    }

    /** {@code -s}: the random seed, so that one seed is always the same set of MACs. */
    public PerfdhcpRelay seed(int seed) {
        return option("-s", seed);
    }

    /**
     * {@code -d}: seconds before a DISCOVER counts as dropped; given twice, the second is REQUEST's. A cold server may
     * take more than perfdhcp's default second for its first exchanges.
     */
    public PerfdhcpRelay dropAfter(int... seconds) {
        for (int s : seconds) {
            option("-d", s);
        }
        return this;
    }

    /** {@code -W}: microseconds perfdhcp waits for late answers before it exits. */
    public PerfdhcpRelay exitWait(long micros) {
        return option("-W", micros);
    }

    /** Any other perfdhcp option, as perfdhcp spells it ({@code "-b", "mac=…"}, {@code "-p", "6"}). */
    public PerfdhcpRelay with(String... more) {
        options.addAll(List.of(more));
        return this;
    }

    private PerfdhcpRelay option(String name, long value) {
        options.add(name);
        options.add(Long.toString(value));
        return this;
    }

    /** @return the whole command line, ready for {@link ProcessBuilder} */
    public List<String> command() {
        List<String> cmd = new ArrayList<>(List.of("perfdhcp", "-4", "-l", relay, "-N", Integer.toString(serverPort),
                "-L", Integer.toString(clientPort)));
        cmd.addAll(options);
        cmd.add("127.0.0.1");
        return cmd;
    }

    /** Runs perfdhcp to completion, at most {@code timeoutSeconds}; its report is the result's output. */
    public Commands.Result run(int timeoutSeconds) throws IOException, InterruptedException {
        return Commands.run(timeoutSeconds, command());
    }
}
