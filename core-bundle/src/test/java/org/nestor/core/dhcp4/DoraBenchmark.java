package org.nestor.core.dhcp4;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.nestor.core.config.LeaseDatabaseConfig;
import org.nestor.core.lease.MemfileLeaseStore4;
import org.nestor.core.net.InboundDatagram;
import org.nestor.core.stats.StatsManager;
import org.nestor.core.wire.Dhcp4Codec;
import org.nestor.core.wire.Dhcp4Packet;
import org.nestor.core.wire.MessageType4;

/**
 * Not a test: prints CPU time and bytes allocated per DORA through the whole engine on one thread, with a memfile
 * store writing its lease file (persist on), 200 clients renewing their leases as bench/run.sh's perfdhcp runs do.
 * The network layer is not included. Run with {@code bench/micro.sh DoraBenchmark}.
 */
public final class DoraBenchmark {
    private static final int CLIENTS = 200;

    private DoraBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Path dir = Files.createTempDirectory("nestor-dora-bench");
        Path file = dir.resolve("leases4.csv");
        ConfigFixture f = new ConfigFixture();
        f.subnets.add(ConfigFixture.subnet(1, "192.0.2.0", 24,
                List.of(ConfigFixture.pool("192.0.2.10", "192.0.2.254", "")), ConfigFixture.params()));
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        try (MemfileLeaseStore4 store = MemfileLeaseStore4.open(
                new LeaseDatabaseConfig("memfile", true, file.toString(), 0, 0, false, 0))) {
            Dhcp4Engine engine = new Dhcp4Engine(f.build(), store, new StatsManager(), Clock.systemUTC(),
                    new EnginePorts(10067, 10068));
            InboundDatagram[] discovers = new InboundDatagram[CLIENTS];
            InboundDatagram[] requests = new InboundDatagram[CLIENTS];
            for (int i = 0; i < CLIENTS; i++) {
                discovers[i] = HookedEngineTest.broadcastOf(EngineHarness.query(MessageType4.DISCOVER, i));
                Dhcp4Packet[] offer = {null};
                engine.handle(discovers[i], d -> offer[0] = decode(d.data()));
                Dhcp4Packet req = EngineHarness.query(MessageType4.REQUEST, i);
                req.options.put(50, Bytes.of32(Integer.toUnsignedLong(offer[0].yiaddr)));
                req.options.put(54, offer[0].option(54));
                requests[i] = HookedEngineTest.broadcastOf(req);
            }
            long sink = 0;
            for (int round = 0; round < 8; round++) {
                int n = 100_000;
                long[] sent = {0};
                long cpu0 = threads.getCurrentThreadCpuTime();
                long bytes0 = threads.getCurrentThreadAllocatedBytes();
                for (int i = 0; i < n; i++) {
                    engine.handle(discovers[i % CLIENTS], d -> sent[0] += d.data().length);
                    engine.handle(requests[i % CLIENTS], d -> sent[0] += d.data().length);
                }
                long bytes = threads.getCurrentThreadAllocatedBytes() - bytes0;
                long cpu = threads.getCurrentThreadCpuTime() - cpu0;
                sink += sent[0];
                if (round >= 3) {
                    System.out.printf("DORA: %6.2f us CPU, %6d bytes allocated  [%d]%n", cpu / 1e3 / n,
                            bytes / n, sink & 1);
                }
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    private static Dhcp4Packet decode(byte[] data) {
        try {
            return Dhcp4Codec.decode(data, 0, data.length);
        } catch (org.nestor.core.wire.MalformedPacketException e) {
            throw new IllegalStateException(e);
        }
    }
}
