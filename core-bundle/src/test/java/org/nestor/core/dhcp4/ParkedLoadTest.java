package org.nestor.core.dhcp4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
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
import org.nestor.hooks.api.Arguments;
import org.nestor.hooks.api.HookPoint;
import org.nestor.hooks.api.ParkedPacket;
import org.nestor.hooks.api.packet.Packet4;

/**
 * Issue 3's parking test: a callout parks every 10th committed REQUEST and another thread resumes it 50 ms later,
 * but never before the clients that were not parked have all been answered, while four workers serve 100 clients.
 * If parking held a worker, four parked packets would hold all four workers, the other clients would never be
 * answered and the test would fail; as it is, every non-parked ACK goes out while the parked ones are still held,
 * and then every parked one goes out too. Ordering is asserted, never durations.
 */
class ParkedLoadTest {
    private static final int CLIENTS = 100;
    private static final int PARKED = CLIENTS / 10;

    @Test
    void otherClientsAreAnsweredWhileParkedPacketsAreHeldAndTheParkedOnesCompleteAfter() throws Exception {
        HooksManager hooks = new HooksManager();
        EngineHarness h = HookedEngineTest.harness(hooks);
        ScheduledExecutorService resumer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "resumer"));
        ExecutorService workers = Executors.newFixedThreadPool(4);
        AtomicInteger committed = new AtomicInteger();
        Set<Integer> parkedXids = ConcurrentHashMap.newKeySet();
        List<Integer> sendOrder = new CopyOnWriteArrayList<>();
        hooks.callouts().add(new CalloutEntry(HookPoint.LEASES4_COMMITTED, "libpark", 0, 1, c -> {
            if (committed.incrementAndGet() % 10 == 0) {
                parkedXids.add(c.get(Arguments.QUERY4, Packet4.class).xid());
                resumeLater(resumer, c.park(), sendOrder);
            }
            return 0;
        }));
        List<Dhcp4Packet> requests = new ArrayList<>();
        for (int i = 1; i <= CLIENTS; i++) {
            requests.add(HookedEngineTest.selecting(h, i));
        }
        CountDownLatch done = new CountDownLatch(CLIENTS);
        try {
            for (Dhcp4Packet req : requests) {
                workers.execute(() -> h.engine.handle(HookedEngineTest.broadcastOf(req), d -> {
                    sendOrder.add(xidOf(d.data()));
                    done.countDown();
                }));
            }
            assertTrue(done.await(30, TimeUnit.SECONDS), "every client, parked or not, gets its ACK");
        } finally {
            workers.shutdownNow();
            resumer.shutdownNow();
            hooks.close();
        }
        assertEquals(PARKED, parkedXids.size());
        assertEquals(CLIENTS, new HashSet<>(sendOrder).size());
        assertEquals(parkedXids, new HashSet<>(sendOrder.subList(CLIENTS - PARKED, CLIENTS)),
                "the parked ACKs are the last ones out: every other client was answered while they were held");
        assertEquals(PARKED, h.stat("leases4_committed-parked-total"));
        assertEquals(0, h.stat("leases4_committed-parked"));
        assertEquals(0, h.stat("leases4_committed-park-timeouts"));
    }

    /** Resumes {@code ticket} 50 ms from now, or later, once every client that was not parked has its ACK. */
    private static void resumeLater(ScheduledExecutorService resumer, ParkedPacket ticket, List<Integer> sent) {
        resumer.schedule(() -> {
            if (sent.size() >= CLIENTS - PARKED) {
                ticket.resume();
            } else {
                resumeLater(resumer, ticket, sent);
            }
        }, 50, TimeUnit.MILLISECONDS);
    }

    private static int xidOf(byte[] data) {
        try {
            return Dhcp4Codec.decode(data, 0, data.length).xid;
        } catch (MalformedPacketException e) {
            throw new AssertionError(e);
        }
    }
}
