package org.nestor.core.hooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nestor.core.stats.StatsManager;
import org.nestor.hooks.api.HookPoint;
import org.nestor.hooks.api.ParkedPacket;

class ParkingTest {
    private final StatsManager stats = new StatsManager();
    private final HooksManager hooks = new HooksManager(Duration.ofMillis(50));
    private final AtomicInteger resumed = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();

    @AfterEach
    void close() {
        hooks.close();
    }

    private ParkingLot lot(int limit) {
        return hooks.parkingLot(HookPoint.LEASES4_COMMITTED, limit, stats);
    }

    @Test
    void aPacketGoesOnOnlyWhenEveryTicketIsResumed() {
        Parking p = lot(4).open();
        ParkedPacket a = new PointHandle(HookPoint.LEASES4_COMMITTED, new PacketContexts(), p).park();
        ParkedPacket b = p.ticket();
        p.hold(resumed::incrementAndGet, dropped::incrementAndGet);
        a.resume();
        a.resume();
        assertEquals(0, resumed.get());
        assertTrue(b.isParked());
        b.resume();
        assertEquals(1, resumed.get());
        assertFalse(b.isParked());
        assertEquals(0, stats.value("leases4_committed-parked"));
    }

    @Test
    void oneDropDropsThePacketAndLaterResumesDoNothing() {
        Parking p = lot(4).open();
        ParkedPacket a = p.ticket();
        ParkedPacket b = p.ticket();
        a.drop();
        p.hold(resumed::incrementAndGet, dropped::incrementAndGet);
        b.resume();
        assertEquals(0, resumed.get());
        assertEquals(1, dropped.get());
    }

    @Test
    void aTicketResumedBeforeTheServerHoldsThePacketStillResumesItOnce() {
        Parking p = lot(4).open();
        p.ticket().resume();
        p.hold(resumed::incrementAndGet, dropped::incrementAndGet);
        assertEquals(1, resumed.get());
    }

    @Test
    void aPacketNotResumedInTimeIsDroppedAndCounted() throws InterruptedException {
        CountDownLatch gone = new CountDownLatch(1);
        Parking p = lot(4).open();
        ParkedPacket t = p.ticket();
        p.hold(resumed::incrementAndGet, gone::countDown);
        assertTrue(gone.await(10, TimeUnit.SECONDS));
        t.resume();
        assertEquals(0, resumed.get());
        assertEquals(1, stats.value("leases4_committed-park-timeouts"));
    }

    @Test
    void theLotRefusesPacketsBeyondItsLimit() {
        ParkingLot lot = lot(2);
        for (int i = 0; i < 2; i++) {
            Parking p = lot.open();
            p.ticket();
            p.hold(resumed::incrementAndGet, dropped::incrementAndGet);
        }
        assertEquals(2, lot.held());
        assertFalse(lot.hasRoom());
        assertEquals(1, stats.value("leases4_committed-park-limit-drops"));
    }

    @Test
    void pointsThatCannotParkRefuseToPark() {
        PointHandle h = new PointHandle(HookPoint.PKT4_RECEIVE, new PacketContexts(), null);
        assertThrows(IllegalStateException.class, h::park);
    }
}
