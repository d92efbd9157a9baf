package org.nestor.core.dhcp4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.nestor.core.hooks.CalloutEntry;
import org.nestor.core.hooks.HooksManager;
import org.nestor.core.wire.Dhcp4Codec;
import org.nestor.core.wire.Dhcp4Packet;
import org.nestor.core.wire.MalformedPacketException;
import org.nestor.hooks.api.HookPoint;
import org.nestor.hooks.api.ParkedPacket;

/**
 * A callout parks every 10th committed REQUEST for 50 ms and resumes it from another thread, while four workers
 * serve 100 clients: every client gets its ACK, the parked ones included, and no worker waits on a parked one.
 */
class ParkedLoadTest {
    private static final int CLIENTS = 100;

    @Test
    void parkedPacketsCompleteWhileOtherClientsAreServed() throws Exception {
        HooksManager hooks = new HooksManager();
        EngineHarness h = HookedEngineTest.harness(hooks);
        ScheduledExecutorService resumer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "resumer"));
        AtomicInteger sentByResumer = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(4);
        AtomicInteger committed = new AtomicInteger();
        hooks.callouts().add(new CalloutEntry(HookPoint.LEASES4_COMMITTED, "libpark", 0, 1, c -> {
            if (committed.incrementAndGet() % 10 == 0) {
                ParkedPacket ticket = c.park();
                resumer.schedule(ticket::resume, 50, TimeUnit.MILLISECONDS);
            }
            return 0;
        }));
        List<Dhcp4Packet> requests = new ArrayList<>();
        for (int i = 1; i <= CLIENTS; i++) {
            requests.add(HookedEngineTest.selecting(h, i));
        }
        Set<Integer> acked = ConcurrentHashMap.newKeySet();
        CountDownLatch done = new CountDownLatch(CLIENTS);
        try {
            for (Dhcp4Packet req : requests) {
                workers.execute(() -> h.engine.handle(HookedEngineTest.broadcastOf(req), d -> {
                    try {
                        acked.add(Dhcp4Codec.decode(d.data(), 0, d.data().length).xid);
                    } catch (MalformedPacketException e) {
                        throw new AssertionError(e);
                    }
                    if (Thread.currentThread().getName().equals("resumer")) {
                        sentByResumer.incrementAndGet();
                    }
                    done.countDown();
                }));
            }
            assertTrue(done.await(30, TimeUnit.SECONDS), "every client, parked or not, gets its ACK");
        } finally {
            workers.shutdownNow();
            resumer.shutdownNow();
            hooks.close();
        }
        assertEquals(CLIENTS, acked.size());
        assertEquals(CLIENTS / 10, h.stat("leases4_committed-parked-total"));
        assertEquals(CLIENTS / 10, sentByResumer.get(), "parked ACKs go out from the resuming thread, not a worker");
        assertEquals(0, h.stat("leases4_committed-parked"));
        assertEquals(0, h.stat("leases4_committed-park-timeouts"));
    }
}
