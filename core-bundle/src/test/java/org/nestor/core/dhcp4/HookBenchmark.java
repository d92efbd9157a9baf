package org.nestor.core.dhcp4;

import org.nestor.core.hooks.CalloutEntry;
import org.nestor.core.hooks.HooksManager;
import org.nestor.core.net.InboundDatagram;
import org.nestor.core.wire.MessageType4;
import org.nestor.hooks.api.HookPoint;

/**
 * Not a test: prints the per-packet cost of the hook machinery, a DISCOVER → OFFER through the whole engine with
 * 0, 1 and 10 no-op callouts on every DHCPv4 point. Run with {@code bench/micro.sh HookBenchmark}.
 */
public final class HookBenchmark {
    private static final HookPoint[] POINTS = {HookPoint.BUFFER4_RECEIVE, HookPoint.PKT4_RECEIVE,
        HookPoint.SUBNET4_SELECT, HookPoint.LEASE4_SELECT, HookPoint.LEASE4_OFFER, HookPoint.PKT4_SEND,
        HookPoint.BUFFER4_SEND};

    private HookBenchmark() {
    }

    public static void main(String[] args) {
        // one INFO line per OFFER (DHCP4_LEASE_ADVERT) would cost more than the whole engine: log warnings only
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        InboundDatagram[] queries = new InboundDatagram[64];
        for (int i = 0; i < queries.length; i++) {
            queries[i] = HookedEngineTest.broadcastOf(EngineHarness.query(MessageType4.DISCOVER, i + 1));
        }
        double base = 0;
        // the first configuration warms the JIT up for all three and is not printed
        for (int callouts : new int[] {10, 0, 1, 10}) {
            HooksManager hooks = new HooksManager();
            for (HookPoint p : POINTS) {
                for (int i = 0; i < callouts; i++) {
                    hooks.callouts().add(new CalloutEntry(p, "libnoop" + i, 0, i, h -> 0));
                }
            }
            EngineHarness h = HookedEngineTest.harness(hooks);
            long sink = 0;
            double best = Double.MAX_VALUE;
            for (int round = 0; round < 5; round++) {
                int n = 200_000;
                long start = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    long[] sent = {0};
                    h.engine.handle(queries[i & 63], d -> sent[0] += d.data().length);
                    sink += sent[0];
                }
                best = Math.min(best, (System.nanoTime() - start) / (double) n);
            }
            if (callouts == 0) {
                base = best;
            }
            if (base > 0) {
                System.out.printf("%2d no-op callouts on each of %d points: %8.0f ns/packet (hooks: %+6.0f ns)  [%d]%n",
                    callouts, POINTS.length, best, best - base, sink & 1);
            }
            hooks.close();
        }
    }
}
