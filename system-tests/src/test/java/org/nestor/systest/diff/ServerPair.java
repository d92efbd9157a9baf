package org.nestor.systest.diff;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.nestor.core.wire.Dhcp4Codec;
import org.nestor.core.wire.Dhcp4Packet;

/**
 * kea-dhcp4 and Nestor running the same configuration (only the lease file differs), each on its own free port
 * pair, and a relay client per relay address for each. Every query goes to both, byte for byte the same.
 */
final class ServerPair implements AutoCloseable {
    /** How long a server may take to answer; no reply within it counts as "no reply". */
    static final Duration REPLY_WAIT = Duration.ofSeconds(1);
    /** How long to wait for a reply that should not come (RELEASE, DECLINE, dropped packets). */
    static final Duration SILENCE_WAIT = Duration.ofMillis(300);

    private final ServerProcess kea;
    private final ServerProcess nestor;
    private final ServerPorts keaPorts;
    private final ServerPorts nestorPorts;
    private final Path dir;
    private final Map<String, RelayClient[]> relays = new HashMap<>();

    private ServerPair(ServerProcess kea, ServerPorts keaPorts, ServerProcess nestor, ServerPorts nestorPorts,
            Path dir) {
        this.kea = kea;
        this.nestor = nestor;
        this.keaPorts = keaPorts;
        this.nestorPorts = nestorPorts;
        this.dir = dir;
    }

    /** Skips the calling test, visibly, where kea-dhcp4 cannot be run as the reference. */
    static void requireKea() {
        assumeTrue("root".equals(System.getProperty("user.name")),
                "differential tests run kea-dhcp4, which needs root; CI runs them as root");
        assumeTrue(onPath("kea-dhcp4"), "kea-dhcp4 is not installed (Debian package kea-dhcp4-server)");
    }

    /**
     * Starts both servers on the configuration resource {@code name} (in this package), whose text
     * {@code LEASE_FILE} becomes each server's lease file in {@code dir}.
     */
    static ServerPair start(String name, Path dir) throws IOException {
        requireKea();
        String config = resource(name);
        ServerPorts keaPorts = freePorts();
        ServerPorts nestorPorts = freePorts();
        ServerProcess kea = ServerProcess.kea(write(dir, "kea", config), keaPorts, Files.createDirectories(
                dir.resolve("kea-state")));
        try {
            ServerProcess nestor = ServerProcess.nestor(write(dir, "nestor", config), nestorPorts,
                    Files.createDirectories(dir.resolve("nestor-state")));
            return new ServerPair(kea, keaPorts, nestor, nestorPorts, dir);
        } catch (IOException | RuntimeException e) {
            closeQuietly(kea);
            throw e;
        }
    }

    /** Sends {@code query} through relay {@code relay} to both servers, waiting for a reply. */
    Replies ask(String scenario, String relay, Query query) throws IOException {
        return send(scenario, relay, Dhcp4Codec.encode(query.relayedBy(relay), 576), REPLY_WAIT);
    }

    /** Sends {@code query} to both servers where no reply is expected, waiting only briefly. */
    Replies tell(String scenario, String relay, Query query) throws IOException {
        return send(scenario, relay, Dhcp4Codec.encode(query.relayedBy(relay), 576), SILENCE_WAIT);
    }

    /** Sends the same raw datagram from relay {@code relay} to both servers. */
    Replies send(String scenario, String relay, byte[] datagram, Duration wait) throws IOException {
        return send(scenario, relay, relay, datagram, wait);
    }

    /**
     * Sends {@code query} from relay {@code relay} to both servers and waits for the reply at loopback address
     * {@code replyTo} (the client port there), where a server may answer instead of the relay.
     */
    Replies askExpectingReplyAt(String scenario, String relay, String replyTo, Query query) throws IOException {
        return send(scenario, relay, replyTo, Dhcp4Codec.encode(query.relayedBy(relay), 576), REPLY_WAIT);
    }

    private Replies send(String scenario, String relay, String replyTo, byte[] datagram, Duration wait)
            throws IOException {
        RelayClient[] from = relays.computeIfAbsent(relay, this::openRelay);
        RelayClient[] to = relays.computeIfAbsent(replyTo, this::openRelay);
        from[0].send(datagram);
        Optional<Dhcp4Packet> fromKea = to[0].await(datagram, wait);
        from[1].send(datagram);
        Optional<Dhcp4Packet> fromNestor = to[1].await(datagram, wait);
        return new Replies(scenario, fromKea, fromNestor);
    }

    /** @return Kea's lease file rows so far (header first) */
    LeaseRows keaLeases() throws IOException {
        return LeaseRows.read(dir.resolve("kea-leases.csv"));
    }

    /** @return Nestor's lease file rows so far (header first) */
    LeaseRows nestorLeases() throws IOException {
        return LeaseRows.read(dir.resolve("nestor-leases.csv"));
    }

    /** @return both servers' output, for failure messages */
    String outputs() {
        return "--- kea ---\n" + kea.output() + "--- nestor ---\n" + nestor.output();
    }

    private RelayClient[] openRelay(String relay) {
        try {
            InetAddress address = InetAddress.getByAddress(Addresses.bytes(relay));
            return new RelayClient[] {new RelayClient(address, keaPorts), new RelayClient(address, nestorPorts)};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        relays.values().forEach(c -> {
            c[0].close();
            c[1].close();
        });
        kea.close();
        nestor.close();
        kea.saveOutput(dir.resolve("kea.log"));
        nestor.saveOutput(dir.resolve("nestor.log"));
    }

    private static Path write(Path dir, String server, String config) throws IOException {
        Path leases = dir.resolve(server + "-leases.csv");
        Path file = dir.resolve(server + ".json");
        Files.writeString(file, config.replace("LEASE_FILE", leases.toString()));
        return file;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ServerPair.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no configuration resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ServerPorts freePorts() throws IOException {
        try (DatagramSocket a = new DatagramSocket(0); DatagramSocket b = new DatagramSocket(0)) {
            return new ServerPorts(a.getLocalPort(), b.getLocalPort());
        }
    }

    private static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "/usr/sbin:/usr/bin").split(":")) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return Files.isExecutable(Path.of("/usr/sbin", tool));
    }

    private static void closeQuietly(ServerProcess p) {
        try {
            p.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
