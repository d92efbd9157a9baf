package org.nestor.core.lease;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.nestor.core.config.LeaseDatabaseConfig;
import org.nestor.core.stats.StatsManager;
import org.nestor.hooks.api.lease.Ipv4;

/**
 * Not a test: prints write rates (with and without synced commits), load time and memory for N leases, and the
 * cost of a statistics increment. Run: {@code java -cp ... org.nestor.core.lease.MemfileBenchmark DIR [N]}.
 */
public final class MemfileBenchmark {
    private MemfileBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        if (args.length > 2 && args[2].equals("load")) {
            load(dir.resolve("big.csv"), n);
            return;
        }
        writes(dir, "no sync, 1 thread", false, 1, 100_000);
        writes(dir, "sync, 1 thread", true, 1, 2_000);
        writes(dir, "sync, 16 threads", true, 16, 20_000);
        StatsManager stats = new StatsManager();
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < 10_000_000; i++) {
                stats.add("pkt4-received", 1);
            }
            System.out.printf("stats add: %.1f ns%n", (System.nanoTime() - t0) / 1e7);
        }
        Path big = dir.resolve("big.csv");
        LeaseDatabaseConfig cfg = new LeaseDatabaseConfig("memfile", true, big.toString(), 0, 0, false, 0);
        try (MemfileLeaseStore4 store = MemfileLeaseStore4.open(cfg)) {
            int base = Ipv4.parse("10.0.0.0");
            for (int i = 0; i < n; i++) {
                store.add(TestLeases.lease(Ipv4.toText(base + i), i, 1 + i % 100).withClient(hw(i), hw(~i)));
            }
        }
        System.out.printf("wrote %d leases, file %d MB%n", n, Files.size(big) >> 20);
    }

    private static void load(Path big, int n) {
        long t0 = System.nanoTime();
        LeaseDatabaseConfig cfg = new LeaseDatabaseConfig("memfile", true, big.toString(), 0, 0, false, 0);
        MemfileLeaseStore4 store = MemfileLeaseStore4.open(cfg);
        double secs = (System.nanoTime() - t0) / 1e9;
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("loaded %d leases in %.2f s; heap used after GC %d MB; %s%n", store.size(), secs,
                (rt.totalMemory() - rt.freeMemory()) >> 20, rss());
        long t1 = System.nanoTime();
        for (int i = 0; i < 100_000; i++) {
            if (store.getByHwAddress(hw(1 + i * 7 % n)).size() != 1) {
                throw new IllegalStateException("index lookup failed");
            }
        }
        System.out.printf("getByHwAddress: %.1f us%n", (System.nanoTime() - t1) / 1e5 / 1000);
        store.close();
    }

    private static byte[] hw(int i) {
        return new byte[] {0x02, 0, (byte) (i >>> 24), (byte) (i >>> 16), (byte) (i >>> 8), (byte) i};
    }

    private static String rss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                    .findFirst().orElse("");
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private static void writes(Path dir, String label, boolean sync, int threads, int total) throws Exception {
        Path file = dir.resolve("w" + sync + threads + ".csv");
        LeaseDatabaseConfig cfg = new LeaseDatabaseConfig("memfile", true, file.toString(), 0, 0, sync, 0);
        try (MemfileLeaseStore4 store = MemfileLeaseStore4.open(cfg)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long t0 = System.nanoTime();
            List<Future<?>> fs = new ArrayList<>();
            int per = total / threads;
            for (int t = 0; t < threads; t++) {
                int base = Ipv4.parse("10.0.0.0") + t * per;
                fs.add(pool.submit(() -> {
                    for (int i = 0; i < per; i++) {
                        store.add(TestLeases.lease(Ipv4.toText(base + i), i, 1));
                    }
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
            pool.shutdown();
            System.out.printf("%s: %.0f rows/s%n", label, total / ((System.nanoTime() - t0) / 1e9));
        }
    }
}
