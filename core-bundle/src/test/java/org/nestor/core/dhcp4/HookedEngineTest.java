package org.nestor.core.dhcp4;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nestor.core.hooks.CalloutEntry;
import org.nestor.core.hooks.HooksManager;
import org.nestor.core.net.InboundDatagram;
import org.nestor.core.net.OutboundDatagram;
import org.nestor.core.wire.Dhcp4Codec;
import org.nestor.core.wire.Dhcp4Packet;
import org.nestor.core.wire.MessageType4;
import org.nestor.hooks.api.Arguments;
import org.nestor.hooks.api.Callout;
import org.nestor.hooks.api.HookPoint;
import org.nestor.hooks.api.NextStep;
import org.nestor.hooks.api.ParkedPacket;
import org.nestor.hooks.api.lease.Ipv4;
import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.packet.Packet4;

/** The engine with callouts bound: each hook point changes, skips, drops or parks what Kea's does. */
class HookedEngineTest {
    private final HooksManager hooks = new HooksManager();
    private final AtomicInteger ids = new AtomicInteger();
    private final EngineHarness h = harness(hooks);

    static EngineHarness harness(HooksManager hooks) {
        ConfigFixture f = new ConfigFixture();
        f.subnets.add(ConfigFixture.subnet(1, "192.0.2.0", 24,
                List.of(ConfigFixture.pool("192.0.2.10", "192.0.2.200", "")), ConfigFixture.params()));
        return new EngineHarness(f.build(), hooks);
    }

    @AfterEach
    void close() {
        hooks.close();
    }

    private void on(HookPoint point, Callout callout) {
        hooks.callouts().add(new CalloutEntry(point, "libtest", 0, ids.incrementAndGet(), callout));
    }

    /** @return the SELECTING REQUEST that follows the client's DISCOVER and our OFFER */
    static Dhcp4Packet selecting(EngineHarness h, int last) {
        EngineHarness.Sent offer = h.broadcast(EngineHarness.query(MessageType4.DISCOVER, last));
        Dhcp4Packet req = EngineHarness.query(MessageType4.REQUEST, last);
        req.options.put(50, Bytes.of32(Integer.toUnsignedLong(offer.reply().yiaddr)));
        req.options.put(54, offer.option(54));
        return req;
    }

    static InboundDatagram broadcastOf(Dhcp4Packet q) {
        return new InboundDatagram(Dhcp4Codec.encode(q, 1500), 0, 68, EngineHarness.BROADCAST, EngineHarness.IFACE,
                EngineHarness.IFACE_ADDRESS);
    }

    @Test
    void aQueryDroppedAtPkt4ReceiveIsNotAnswered() {
        on(HookPoint.PKT4_RECEIVE, c -> {
            c.setNextStep(NextStep.DROP);
            return 0;
        });
        assertNull(h.broadcast(EngineHarness.query(MessageType4.DISCOVER, 1)));
        assertEquals(1, h.stat("pkt4-receive-drop"));
    }

    @Test
    void aBufferDroppedAtBuffer4ReceiveIsNeverDecoded() {
        AtomicReference<byte[]> seen = new AtomicReference<>();
        on(HookPoint.BUFFER4_RECEIVE, c -> {
            seen.set(c.get(Arguments.QUERY4, Packet4.class).buffer());
            c.setNextStep(NextStep.DROP);
            return 0;
        });
        assertNull(h.raw(new byte[] {1, 2, 3}, 0, EngineHarness.BROADCAST));
        assertArrayEquals(new byte[] {1, 2, 3}, seen.get());
        assertEquals(0, h.stat("pkt4-parse-failed"));
    }

    @Test
    void aPkt4SendCalloutChangesTheReply() {
        on(HookPoint.PKT4_SEND, c -> {
            c.get(Arguments.RESPONSE4, Packet4.class).setOption(15, "example.org".getBytes());
            return 0;
        });
        EngineHarness.Sent offer = h.broadcast(EngineHarness.query(MessageType4.DISCOVER, 1));
        assertArrayEquals("example.org".getBytes(), offer.option(15));
    }

    @Test
    void skipAtLease4SelectMeansNoLeaseAndNoOffer() {
        List<Boolean> fake = new ArrayList<>();
        on(HookPoint.LEASE4_SELECT, c -> {
            fake.add(c.get(Arguments.FAKE_ALLOCATION, Boolean.class));
            c.setNextStep(NextStep.SKIP);
            return 0;
        });
        assertNull(h.broadcast(EngineHarness.query(MessageType4.DISCOVER, 1)));
        assertEquals(List.of(true), fake, "one call: the engine does not try other addresses after a SKIP");
    }

    @Test
    void aLease4SelectCalloutMayChangeTheLeaseWritten() {
        on(HookPoint.LEASE4_SELECT, c -> {
            Lease4 l = c.get(Arguments.LEASE4, Lease4.class);
            c.set(Arguments.LEASE4, l.withUserContext("{\"site\": 7}"));
            return 0;
        });
        EngineHarness.Sent ack = h.lease(1);
        assertEquals(MessageType4.ACK.code(), ack.type());
        assertEquals("{\"site\": 7}", h.store.get(ack.reply().yiaddr).orElseThrow().userContext());
    }

    @Test
    void skipAtSubnet4SelectLeavesTheClientWithoutSubnet() {
        on(HookPoint.SUBNET4_SELECT, c -> {
            c.setNextStep(NextStep.SKIP);
            return 0;
        });
        assertNull(h.broadcast(EngineHarness.query(MessageType4.DISCOVER, 1)));
    }

    @Test
    void skipAtLease4ReleaseKeepsTheLease() {
        EngineHarness.Sent ack = h.lease(3);
        on(HookPoint.LEASE4_RELEASE, c -> {
            c.setNextStep(NextStep.SKIP);
            return 0;
        });
        Dhcp4Packet release = EngineHarness.query(MessageType4.RELEASE, 3);
        release.ciaddr = ack.reply().yiaddr;
        h.unicast(release, ack.reply().yiaddr);
        assertTrue(h.store.get(ack.reply().yiaddr).isPresent());
    }

    @Test
    void leases4CommittedSeesTheReleasedLeaseAsDeleted() {
        EngineHarness.Sent ack = h.lease(4);
        List<Object> deleted = new ArrayList<>();
        on(HookPoint.LEASES4_COMMITTED, c -> {
            deleted.addAll(c.get(Arguments.DELETED_LEASES4, List.class));
            return 0;
        });
        Dhcp4Packet release = EngineHarness.query(MessageType4.RELEASE, 4);
        release.ciaddr = ack.reply().yiaddr;
        h.unicast(release, ack.reply().yiaddr);
        assertEquals(1, deleted.size());
        assertEquals(ack.reply().yiaddr, ((Lease4) deleted.get(0)).address());
    }

    @Test
    void anAckParkedAtLeases4CommittedIsSentWhenResumed() throws Exception {
        AtomicReference<ParkedPacket> ticket = new AtomicReference<>();
        on(HookPoint.LEASES4_COMMITTED, c -> {
            ticket.set(c.park());
            return 0;
        });
        List<OutboundDatagram> out = new ArrayList<>();
        Dhcp4Packet req = selecting(h, 5);
        h.engine.handle(broadcastOf(req), out::add);
        assertTrue(out.isEmpty());
        int address = Bytes.address(req.option(50));
        assertTrue(h.store.get(address).isPresent(), "the lease is written before the hook");
        assertEquals(1, h.stat("leases4_committed-parked"));
        Thread resumer = new Thread(() -> ticket.get().resume());
        resumer.start();
        resumer.join();
        assertEquals(1, out.size());
        assertEquals(0, h.stat("leases4_committed-parked"));
    }

    @Test
    void theContextALibrarySetsAtPkt4ReceiveIsThereAtPkt4Send() {
        on(HookPoint.PKT4_RECEIVE, c -> {
            c.setContext("xid", c.get(Arguments.QUERY4, Packet4.class).xid());
            return 0;
        });
        AtomicReference<Object> seen = new AtomicReference<>();
        on(HookPoint.PKT4_SEND, c -> {
            seen.set(c.getContext("xid"));
            return 0;
        });
        EngineHarness.Sent offer = h.broadcast(EngineHarness.query(MessageType4.DISCOVER, 9));
        assertNotNull(offer);
        assertEquals(offer.reply().xid, seen.get());
    }
}
