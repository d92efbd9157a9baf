package org.nestor.hooks.api.lease;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class Ipv4Test {
    @Test
    void dottedQuadRoundTripsThroughUnsignedInt() {
        for (String a : new String[] {"0.0.0.0", "192.0.2.1", "255.255.255.255", "203.0.113.200"}) {
            assertEquals(a, Ipv4.toText(Ipv4.parse(a)));
        }
        assertEquals(0xc0000201, Ipv4.parse("192.0.2.1"));
    }

    @Test
    void malformedAddressesAreRefused() {
        for (String bad : new String[] {"192.168.100.250.254", "256.0.0.1", "1.2.3", "", "a.b.c.d", "1..2.3",
            "1.2.3.4 "}) {
            assertThrows(IllegalArgumentException.class, () -> Ipv4.parse(bad), bad);
        }
    }
}
