package org.nestor.core.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.nestor.core.config.Dhcp4Config;
import org.nestor.core.net.DatagramHandler;
import org.nestor.core.net.InboundDatagram;
import org.nestor.core.net.OutboundDatagram;
import org.nestor.hooks.api.lease.LeaseStore4;

/**
 * The server's parts for tests: the real configuration parser, a lease store double that counts opens and closes,
 * and an engine double that answers every datagram with the configuration's server-tag.
 */
public final class FakeParts {
    public final AtomicInteger leaseOpens = new AtomicInteger();
    public final AtomicInteger leaseCloses = new AtomicInteger();
    public final AtomicInteger engineCloses = new AtomicInteger();

    /** @param stateDirectory the state directory the parser places default lease files in */
    public ServerParts parts(Path stateDirectory) {
        return new ServerParts(CoreServerParts.create(stateDirectory).configLoader(), this::openLeases,
                this::engine);
    }

    /** The real parser and the real memfile store, with the echo engine. */
    public ServerParts partsWithMemfile(Path stateDirectory) {
        return new ServerParts(CoreServerParts.create(stateDirectory).configLoader(), MemfileLeaseBackend::open,
                this::engine);
    }

    public static Path writeConfig(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
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
            public void close() {
                leaseCloses.incrementAndGet();
            }
        };
    }

    private DatagramHandler engine(Dhcp4Config config, LeaseStore4 store, ServerContext context) {
        return new EchoEngine(config.serverTag().getBytes(StandardCharsets.US_ASCII));
    }

    private final class EchoEngine implements DatagramHandler, AutoCloseable {
        private final byte[] answer;

        EchoEngine(byte[] answer) {
            this.answer = answer;
        }

        @Override
        public void handle(InboundDatagram in, Consumer<OutboundDatagram> send) {
            send.accept(new OutboundDatagram(answer, in.sourceAddress(), in.sourcePort(), in.interfaceName()));
        }

        @Override
        public void close() {
            engineCloses.incrementAndGet();
        }
    }
}
