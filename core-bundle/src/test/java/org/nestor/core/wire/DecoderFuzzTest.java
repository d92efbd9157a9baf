package org.nestor.core.wire;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random, truncated and corrupted buffers must only ever give MalformedPacketException. */
class DecoderFuzzTest {
    private static final long SEED = 20261122L;

    private static void decodeOnlyFailsCleanly(byte[] b, String what) {
        try {
            Dhcp4Codec.decode(b, 0, b.length);
        } catch (MalformedPacketException expected) {
            // a clean refusal is fine
        } catch (RuntimeException e) {
            fail(what + " threw " + e);
        }
    }

    @Test
    void everyTruncationOfEveryCaptureFailsCleanly() {
        for (String name : Captures.ALL) {
            byte[] wire = Captures.load(name);
            for (int n = 0; n <= wire.length; n++) {
                decodeOnlyFailsCleanly(Arrays.copyOf(wire, n), name + " cut to " + n);
            }
        }
    }

    @Test
    void corruptedCapturesFailCleanly() {
        Random r = new Random(SEED);
        for (String name : Captures.ALL) {
            byte[] wire = Captures.load(name);
            for (int round = 0; round < 500; round++) {
                byte[] b = wire.clone();
                for (int k = 0; k < 1 + r.nextInt(8); k++) {
                    b[236 + r.nextInt(b.length - 236)] = (byte) r.nextInt(256);
                }
                if (r.nextBoolean()) {
                    b[2] = (byte) r.nextInt(256);
                }
                decodeOnlyFailsCleanly(b, name + " round " + round);
            }
        }
    }

    @Test
    void randomBuffersFailCleanly() {
        Random r = new Random(SEED);
        for (int round = 0; round < 2000; round++) {
            byte[] b = new byte[r.nextInt(700)];
            r.nextBytes(b);
            if (b.length >= 240 && r.nextBoolean()) {
                b[236] = 99;
                b[237] = (byte) 130;
                b[238] = 83;
                b[239] = 99;
                b[2] = 6;
            }
            decodeOnlyFailsCleanly(b, "random buffer " + round);
        }
    }
}
