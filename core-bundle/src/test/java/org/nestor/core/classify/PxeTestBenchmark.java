package org.nestor.core.classify;

import java.util.Set;
import org.nestor.core.wire.Dhcp4Packet;

/**
 * Prints evaluations per second of a typical PXE test. Not a test: run by hand,
 * {@code java -cp <test-classes>:<classes>:<slf4j> org.nestor.core.classify.PxeTestBenchmark}.
 */
public final class PxeTestBenchmark {
    private PxeTestBenchmark() {
    }

    public static void main(String[] args) throws ExpressionException {
        Expression e = ExpressionParser.dhcp4(new TestOptionDefinitions())
                .parse("substring(option[60].hex,0,9) == 'PXEClient'", Set.of());
        Dhcp4Packet pxe = TestPackets.withText(TestPackets.discover(), 60, "PXEClient:Arch:00007:UNDI:003016");
        Dhcp4Packet other = TestPackets.withText(TestPackets.discover(), 60, "MSFT 5.0");
        EvalContext[] contexts = {TestPackets.context(pxe), TestPackets.context(other)};
        long matches = 0;
        for (int round = 0; round < 5; round++) {
            int n = 20_000_000;
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                if (e.evaluate(contexts[i & 1])) matches++;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("round %d: %.1f million evaluations/s%n", round, n / seconds / 1e6);
        }
        System.out.println("matches " + matches);
    }
}
