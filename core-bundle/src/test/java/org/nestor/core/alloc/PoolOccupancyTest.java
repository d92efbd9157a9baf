package org.nestor.core.alloc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nestor.core.config.Pool4;
import org.nestor.hooks.api.lease.Ipv4;

class PoolOccupancyTest {
    private static PoolOccupancy pool() {
        return new PoolOccupancy(new Pool4(Ipv4.parse("192.0.2.10"), Ipv4.parse("192.0.2.13"), "", List.of(),
                List.of(), 0));
    }

    @Test
    void freeAddressesAreHandedOutRoundRobinSkippingTakenAndReservedOnes() {
        PoolOccupancy p = pool();
        p.take(Ipv4.parse("192.0.2.11"), 100);
        p.reserve(Ipv4.parse("192.0.2.12"));
        assertEquals(Ipv4.parse("192.0.2.10"), (int) p.nextFree());
        assertEquals(Ipv4.parse("192.0.2.13"), (int) p.nextFree());
        assertEquals(Ipv4.parse("192.0.2.10"), (int) p.nextFree(), "wraps around");
    }

    @Test
    void aFullPoolHasNoFreeAddressButOffersExpiredOnesOldestFirst() {
        PoolOccupancy p = pool();
        p.take(Ipv4.parse("192.0.2.10"), 300);
        p.take(Ipv4.parse("192.0.2.11"), 100);
        p.take(Ipv4.parse("192.0.2.12"), 200);
        p.take(Ipv4.parse("192.0.2.13"), 900);
        assertEquals(-1, p.nextFree());
        assertEquals(List.of(Ipv4.parse("192.0.2.11"), Ipv4.parse("192.0.2.12"), Ipv4.parse("192.0.2.10")),
                p.expired(500, 10));
        p.free(Ipv4.parse("192.0.2.12"));
        assertEquals(Ipv4.parse("192.0.2.12"), (int) p.nextFree());
        assertEquals(3, p.takenCount());
    }

    @Test
    void aRenewedLeaseMovesBackInTheExpiryOrderAndReservedOnesAreNeverOffered() {
        PoolOccupancy p = pool();
        p.take(Ipv4.parse("192.0.2.10"), 100);
        p.take(Ipv4.parse("192.0.2.11"), 100);
        p.take(Ipv4.parse("192.0.2.12"), 50);
        p.reserve(Ipv4.parse("192.0.2.12"));
        p.take(Ipv4.parse("192.0.2.10"), 400);
        assertEquals(List.of(Ipv4.parse("192.0.2.11"), Ipv4.parse("192.0.2.10")), p.expired(500, 10));
        assertEquals(List.of(Ipv4.parse("192.0.2.11")), p.expired(500, 1));
        assertEquals(List.of(), p.expired(99, 10));
        assertEquals(3, p.takenCount());
    }
}
