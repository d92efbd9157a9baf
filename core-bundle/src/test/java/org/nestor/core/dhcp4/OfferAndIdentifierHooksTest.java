package org.nestor.core.dhcp4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nestor.core.config.HostIdentifierType;
import org.nestor.core.config.Reservation4;
import org.nestor.core.config.Subnet4;
import org.nestor.core.hooks.CalloutEntry;
import org.nestor.core.hooks.HooksManager;
import org.nestor.core.net.OutboundDatagram;
import org.nestor.core.wire.MessageType4;
import org.nestor.hooks.api.Arguments;
import org.nestor.hooks.api.Callout;
import org.nestor.hooks.api.HookPoint;
import org.nestor.hooks.api.NextStep;
import org.nestor.hooks.api.ParkedPacket;
import org.nestor.hooks.api.lease.Ipv4;
import org.nestor.hooks.api.lease.Lease4;
import org.nestor.hooks.api.lease.LeaseState;
import org.nestor.hooks.api.packet.Packet4;

/**
 * {@code lease4_offer} (drop, park, address in use and declined by the server), {@code lease4_server_decline} and
 * {@code host4_identifier} (flex-id) in the engine.
 */
class OfferAndIdentifierHooksTest {
    private static final String RESERVED = "192.0.2.77";

    private final HooksManager hooks = new HooksManager();
    private final AtomicInteger ids = new AtomicInteger();

    @AfterEach
    void close() {
        hooks.close();
    }

    private void on(HookPoint point, Callout callout) {
        hooks.callouts().add(new CalloutEntry(point, "libtest", 0, ids.incrementAndGet(), callout));
    }

    @Test
    void lease4OfferSeesTheOfferedLeaseAndDropDiscardsTheOffer() {
        EngineHarness h = HookedEngineTest.harness(hooks);
        List<Object> seen = new ArrayList<>();
        on(HookPoint.LEASE4_OFFER, c -> {
            seen.add(c.get(Arguments.LEASES4, List.class).get(0));
            seen.add(c.get(Arguments.OFFER_LIFETIME, Long.class));
            seen.add(c.get(Arguments.QUERY4, Packet4.class).messageType());
            c.setNextStep(NextStep.DROP);
            return 0;
        });
        assertNull(h.broadcast(EngineHarness.query(MessageType4.DISCOVER, 1)));
        assertEquals(3, seen.size());
        assertTrue(((Lease4) seen.get(0)).addressText().startsWith("192.0.2."));
        assertEquals(0L, seen.get(1));
        assertEquals(MessageType4.DISCOVER.code(), seen.get(2));
        assertEquals(0, h.stat("pkt4-offer-sent"));
    }

    @Test
    void lease4OfferSeesTheClientsLeaseBeforeTheOfferAsOldLease() {
        EngineHarness h = HookedEngineTest.harness(hooks);
        List<Lease4> old = new ArrayList<>();
        on(HookPoint.LEASE4_OFFER, c -> {
            old.add(c.get(Arguments.OLD_LEASE, Lease4.class));
            return 0;
        });
        EngineHarness.Sent ack = h.lease(8);
        assertNull(old.get(0), "a new client had no lease");
        h.broadcast(EngineHarness.query(MessageType4.DISCOVER, 8));
        assertEquals(2, old.size());
        assertEquals(ack.reply().yiaddr, old.get(1).address());
        assertEquals(LeaseState.DEFAULT, old.get(1).state());
    }

    @Test
    void lease4OfferIsNotCalledForAnAck() {
        EngineHarness h = HookedEngineTest.harness(hooks);
        AtomicInteger calls = new AtomicInteger();
        on(HookPoint.LEASE4_OFFER, c -> {
            calls.incrementAndGet();
            return 0;
        });
        assertEquals(MessageType4.ACK.code(), h.lease(2).type());
        assertEquals(1, calls.get(), "once for the DISCOVER, not for the REQUEST");
    }

    @Test
    void anOfferParkedAtLease4OfferGoesOutWhenResumed() {
        EngineHarness h = HookedEngineTest.harness(hooks);
        AtomicReference<ParkedPacket> ticket = new AtomicReference<>();
        on(HookPoint.LEASE4_OFFER, c -> {
            ticket.set(c.park());
            return 0;
        });
        List<OutboundDatagram> out = new ArrayList<>();
        h.engine.handle(HookedEngineTest.broadcastOf(EngineHarness.query(MessageType4.DISCOVER, 3)), out::add);
        assertTrue(out.isEmpty(), "held while parked");
        assertEquals(1, h.stat("lease4_offer-parked"));
        ticket.get().resume();
        assertEquals(1, out.size());
        assertEquals(0, h.stat("lease4_offer-parked"));
    }

    @Test
    void anOfferWhoseAddressACalloutFoundInUseIsNotSent() {
        EngineHarness h = HookedEngineTest.harness(hooks);
        AtomicReference<ParkedPacket> ticket = new AtomicReference<>();
        on(HookPoint.LEASE4_OFFER, c -> {
            ticket.set(c.park());
            c.set(Arguments.OFFER_ADDRESS_IN_USE, Boolean.TRUE);
            return 0;
        });
        List<OutboundDatagram> out = new ArrayList<>();
        h.engine.handle(HookedEngineTest.broadcastOf(EngineHarness.query(MessageType4.DISCOVER, 4)), out::add);
        ticket.get().resume();
        assertTrue(out.isEmpty());
        assertFalse(ticket.get().isParked());
    }

    @Test
    void anAddressACalloutFoundInUseIsDeclinedForTheProbationPeriodAndTheNextOfferIsAnother() {
        EngineHarness h = HookedEngineTest.harness(hooks);
        AtomicReference<ParkedPacket> ticket = new AtomicReference<>();
        on(HookPoint.LEASE4_OFFER, c -> {
            if (ticket.get() == null) {
                ticket.set(c.park());
                c.set(Arguments.OFFER_ADDRESS_IN_USE, Boolean.TRUE);
            }
            return 0;
        });
        List<Object> serverDeclined = new ArrayList<>();
        on(HookPoint.LEASE4_SERVER_DECLINE, c -> {
            serverDeclined.add(c.get(Arguments.LEASE4, Lease4.class));
            serverDeclined.add(c.get(Arguments.QUERY4, Packet4.class).messageType());
            return 0;
        });
        List<OutboundDatagram> out = new ArrayList<>();
        h.engine.handle(HookedEngineTest.broadcastOf(EngineHarness.query(MessageType4.DISCOVER, 5)), out::add);
        ticket.get().resume();
        assertTrue(out.isEmpty(), "no OFFER for an address in use");

        assertEquals(1, h.store.getAll().size(), h.store.getAll().toString());
        Lease4 declined = h.store.getAll().get(0);
        assertEquals(LeaseState.DECLINED, declined.state());
        assertEquals(86400, declined.validLifetime());
        assertEquals(0, declined.hwAddress().length, "the client's identity is cleared");
        assertEquals(2, serverDeclined.size(), "lease4_server_decline is called once");
        Lease4 seen = (Lease4) serverDeclined.get(0);
        assertEquals(declined.address(), seen.address());
        assertEquals(LeaseState.DECLINED, seen.state());
        assertEquals(MessageType4.DISCOVER.code(), serverDeclined.get(1));
        assertEquals(1, h.stat("declined-addresses"));
        assertEquals(1, h.stat("subnet[1].declined-addresses"));
        assertEquals(1, h.stat("subnet[1].assigned-addresses"), "a declined lease stays counted as assigned");
        assertEquals(0, h.stat("cumulative-assigned-addresses"), "no client was given it");

        EngineHarness.Sent next = h.broadcast(EngineHarness.query(MessageType4.DISCOVER, 5));
        assertNotEquals(declined.address(), next.reply().yiaddr, "the declined address is not offered again");
    }

    @Test
    void theClientsOwnLeaseFoundInUseIsDeclinedInPlace() {
        EngineHarness h = HookedEngineTest.harness(hooks);
        EngineHarness.Sent ack = h.lease(6);
        on(HookPoint.LEASE4_OFFER, c -> {
            c.set(Arguments.OFFER_ADDRESS_IN_USE, Boolean.TRUE);
            return 0;
        });
        assertNull(h.broadcast(EngineHarness.query(MessageType4.DISCOVER, 6)));
        Lease4 lease = h.store.get(ack.reply().yiaddr).orElseThrow();
        assertEquals(LeaseState.DECLINED, lease.state());
        assertEquals(1, h.store.getAll().size());
        assertEquals(1, h.stat("subnet[1].assigned-addresses"), "the same address, still counted once");
        assertEquals(1, h.stat("declined-addresses"));
    }

    private EngineHarness flexIdHarness() {
        ConfigFixture f = new ConfigFixture();
        Subnet4 s = ConfigFixture.subnet(1, "192.0.2.0", 24,
                List.of(ConfigFixture.pool("192.0.2.10", "192.0.2.200", "")), ConfigFixture.params());
        Reservation4 r = new Reservation4(HostIdentifierType.FLEX_ID, "port-7".getBytes(StandardCharsets.US_ASCII),
                Ipv4.parse(RESERVED), "", List.of(), List.of(), 0, "", "");
        f.subnets.add(ConfigFixture.with(s, List.of(r), List.of()));
        f.identifiers = List.of(HostIdentifierType.HW_ADDRESS, HostIdentifierType.FLEX_ID);
        return new EngineHarness(f.build(), hooks);
    }

    @Test
    void theIdentifierAHost4IdentifierCalloutReturnsFindsTheFlexIdReservation() {
        EngineHarness h = flexIdHarness();
        List<String> types = new ArrayList<>();
        on(HookPoint.HOST4_IDENTIFIER, c -> {
            types.add(c.get(Arguments.ID_TYPE, String.class));
            c.set(Arguments.ID_VALUE, "port-7".getBytes(StandardCharsets.US_ASCII));
            return 0;
        });
        assertEquals(RESERVED, Ipv4.toText(h.broadcast(EngineHarness.query(MessageType4.DISCOVER, 5)).reply().yiaddr));
        assertEquals(List.of("flex-id"), types);
    }

    @Test
    void anIdentifierReturnedWithSkipIsIgnored() {
        EngineHarness h = flexIdHarness();
        on(HookPoint.HOST4_IDENTIFIER, c -> {
            c.set(Arguments.ID_VALUE, "port-7".getBytes(StandardCharsets.US_ASCII));
            c.setNextStep(NextStep.SKIP);
            return 0;
        });
        assertNotEquals(RESERVED,
                Ipv4.toText(h.broadcast(EngineHarness.query(MessageType4.DISCOVER, 6)).reply().yiaddr));
    }
}
