package org.nestor.core.alloc;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.nestor.core.config.Pool4;
import org.nestor.hooks.api.lease.Ipv4;

/**
 * Not a test: prints the heap bytes allocated and the thread CPU time per pool-occupancy call on the
 * lease-assignment path: an allocation (next free address, then take it; an old one is freed to keep the pool from
 * filling up) and a renewal (take an address again with a later expiry), in a /16 pool 3/4 full; then the heap kept
 * per lease in a /12 pool with 1 Mi leases. Run: {@code bench/micro.sh PoolOccupancyBenchmark [calls]}.
 */
public final class PoolOccupancyBenchmark {
    private static final int LEASES = 49_152;

    private PoolOccupancyBenchmark() {
    }

    public static void main(String[] args) {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 3; round++) {
            PoolOccupancy p = filled();
            measure(mx, "allocate", calls, () -> allocate(p, calls));
            measure(mx, "renew", calls, () -> renew(p, calls));
        }
        footprint();
    }

    /** Heap kept per taken address by a /12 pool with 1 Mi leases (the lease store's own memory excluded). */
    private static void footprint() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        PoolOccupancy p = new PoolOccupancy(new Pool4(Ipv4.parse("10.0.0.0"), Ipv4.parse("10.15.255.255"), "",
                List.of(), List.of(), 0));
        for (int i = 0; i < 1 << 20; i++) {
            p.take((int) p.nextFree(), 1000 + i % 7200);
        }
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.printf("footprint %6.1f bytes/taken address (%d taken)%n", (double) (after - before) / (1 << 20),
                p.takenCount());
    }

    private static PoolOccupancy filled() {
        PoolOccupancy p = new PoolOccupancy(new Pool4(Ipv4.parse("10.0.0.0"), Ipv4.parse("10.0.255.255"), "",
                List.of(), List.of(), 0));
        for (int i = 0; i < LEASES; i++) {
            p.take((int) p.nextFree(), 1000 + i);
        }
        return p;
    }

    private static long allocate(PoolOccupancy p, int calls) {
        int first = Ipv4.parse("10.0.0.0");
        long sum = 0;
        for (int i = 0; i < calls; i++) {
            long free = p.nextFree();
            if (free < 0) {
                throw new IllegalStateException("pool full");
            }
            int address = (int) free;
            p.take(address, 100_000 + i);
            p.free(address - LEASES >= first ? address - LEASES : address + (65_536 - LEASES));
            sum += address;
        }
        return sum;
    }

    private static long renew(PoolOccupancy p, int calls) {
        int first = Ipv4.parse("10.0.0.0");
        long sum = 0;
        for (int i = 0; i < calls; i++) {
            int address = first + (int) ((i * 40_503L) & 0xffff);
            p.take(address, 10_000_000 + i);
            sum += address;
        }
        return sum + p.takenCount();
    }

    private static void measure(com.sun.management.ThreadMXBean mx, String what, int calls,
            java.util.function.LongSupplier run) {
        long tid = Thread.currentThread().getId();
        long b0 = mx.getThreadAllocatedBytes(tid);
        long t0 = mx.getCurrentThreadCpuTime();
        long sink = run.getAsLong();
        long ns = mx.getCurrentThreadCpuTime() - t0;
        long bytes = mx.getThreadAllocatedBytes(tid) - b0;
        System.out.printf("%-9s %6.1f bytes/call %7.1f CPU ns/call (%d)%n", what, (double) bytes / calls,
                (double) ns / calls, sink & 1);
    }
}
