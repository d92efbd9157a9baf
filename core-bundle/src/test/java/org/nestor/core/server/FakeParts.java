package org.nestor.core.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.nestor.core.config.Dhcp4Config;
import org.nestor.core.net.DatagramHandler;
import org.nestor.core.net.OutboundDatagram;
import org.nestor.hooks.api.lease.LeaseStore4;

/**
 * Test doubles for the server's parts. Configuration files are real files holding one line:
 * {@code tag leaseFile}, or {@code error <message>} for a file the parser rejects.
 */
public final class FakeParts {
    public final AtomicInteger leaseOpens = new AtomicInteger();
    public final AtomicInteger leaseCloses = new AtomicInteger();
    public final AtomicInteger engineCloses = new AtomicInteger();

    public ServerParts parts() {
        return new ServerParts(this::load, this::openLeases, this::engine);
    }

    public static Path writeConfig(Path dir, String name, String line) throws IOException {
        return Files.writeString(dir.resolve(name), line, StandardCharsets.UTF_8);
    }

    private Dhcp4Config load(Path file) throws InvalidConfigException {
        String[] words;
        try {
            words = Files.readString(file).trim().split(" ", 2);
        } catch (IOException e) {
            throw new InvalidConfigException("Unable to open file " + file);
        }
        if (words[0].equals("error")) {
            throw new InvalidConfigException(file + ":" + words[1]);
        }
        return TestConfigs.onLoopback(words[0], words[1]);
    }

    private LeaseBackend openLeases(Dhcp4Config config, ServerContext context) {
        leaseOpens.incrementAndGet();
        return new LeaseBackend() {
            @Override
            public LeaseStore4 store() {
                return null;
            }

            @Override
            public void reclaimExpired() {
            }

            @Override
            public void flushReclaimed() {
            }

            @Override
            public void compactLeaseFile() {
            }

            @Override
            public void close() {
                leaseCloses.incrementAndGet();
            }
        };
    }

    /** An engine that answers every datagram with the configuration's server-tag. */
    private DatagramHandler engine(Dhcp4Config config, LeaseStore4 store, ServerContext context) {
        byte[] answer = config.serverTag().getBytes(StandardCharsets.US_ASCII);
        return new EchoEngine(answer);
    }

    private final class EchoEngine implements DatagramHandler, AutoCloseable {
        private final byte[] answer;

        EchoEngine(byte[] answer) {
            this.answer = answer;
        }

        @Override
        public void handle(org.nestor.core.net.InboundDatagram in,
                           java.util.function.Consumer<OutboundDatagram> send) {
            send.accept(new OutboundDatagram(answer, in.sourceAddress(), in.sourcePort(), in.interfaceName()));
        }

        @Override
        public void close() {
            engineCloses.incrementAndGet();
        }
    }
}
