package org.nestor.core.dhcp4;

import java.util.List;
import java.util.function.Consumer;
import org.nestor.core.hooks.Packet4View;
import org.nestor.core.hooks.Parking;
import org.nestor.core.hooks.ParkingLot;
import org.nestor.core.hooks.PointHandle;
import org.nestor.core.hooks.SubnetView;
import org.nestor.core.net.OutboundDatagram;
import org.nestor.core.wire.Dhcp4Codec;
import org.nestor.core.wire.Dhcp4Packet;
import org.nestor.core.wire.MessageType4;
import org.nestor.core.wire.PacketLabel;
import org.nestor.hooks.api.Arguments;
import org.nestor.hooks.api.HookPoint;
import org.nestor.hooks.api.NextStep;
import org.nestor.hooks.api.packet.Packet4;
import org.nestor.hooks.api.packet.SubnetView4;
import org.nestor.hooks.api.lease.Ipv4;
import org.nestor.hooks.api.lease.Lease4;

/**
 * The end of the line, after the client's lock is released: {@code leases4_committed} (may park) or, for an
 * OFFER, {@code lease4_offer} (may park) →
 * {@code pkt4_send} (may park) → encode → {@code buffer4_send} → socket. A parked packet goes on from the thread
 * that resumes it; the worker that parked it is free at once for other clients.
 */
final class ReplyDelivery {
    private static final int MAX_MESSAGE_SIZE = 57;

    private final PacketCounters counters;
    private final ParkingLot committedLot;
    private final ParkingLot sendLot;
    private final ParkingLot offerLot;

    ReplyDelivery(PacketCounters counters, ParkingLot committedLot, ParkingLot sendLot, ParkingLot offerLot) {
        this.counters = counters;
        this.committedLot = committedLot;
        this.sendLot = sendLot;
        this.offerLot = offerLot;
    }

    /** Delivers the reply of {@code ctx} (null when none), running the hook points of the end of the line. */
    void deliver(QueryContext ctx, Dhcp4Response reply, Consumer<OutboundDatagram> send) {
        if (ctx.committing && ctx.hooks.has(HookPoint.LEASES4_COMMITTED)) {
            leases4Committed(ctx, reply, send);
        } else if (ctx.offered != null && reply != null && ctx.hooks.has(HookPoint.LEASE4_OFFER)) {
            lease4Offer(ctx, reply, send);
        } else {
            pktSend(ctx, reply, send);
        }
    }

    private void leases4Committed(QueryContext ctx, Dhcp4Response reply, Consumer<OutboundDatagram> send) {
        if (!committedLot.hasRoom()) {
            Loggers.HOOKS.debug("DHCP4_HOOK_LEASES4_PARKING_LOT_FULL The parked-packet-limit {} has been reached, "
                    + "dropping query: {}", committedLot.point().keaName(), ctx.label);
            return;
        }
        Parking parking = committedLot.open();
        NextStep step = ctx.handle(HookPoint.LEASES4_COMMITTED, parking)
                .arg(Arguments.LEASES4, List.class, ctx.committed)
                .arg(Arguments.DELETED_LEASES4, List.class, ctx.deleted).call(ctx.hooks);
        goOn(ctx, HookPoint.LEASES4_COMMITTED, step, parking, () -> pktSend(ctx, reply, send),
                "DHCP4_HOOK_LEASES4_COMMITTED_DROP {}: packet is dropped, because a callout set the next step to "
                        + "DROP");
    }

    /**
     * Calls {@code lease4_offer} (Kea 2.5+) for an OFFER: DROP discards it, PARK holds it until resumed (a ping
     * check); a callout that set {@code offer_address_in_use} before resuming makes the OFFER not sent and the
     * address declined ({@link ServerInitiatedDecline}).
     */
    private void lease4Offer(QueryContext ctx, Dhcp4Response reply, Consumer<OutboundDatagram> send) {
        if (!offerLot.hasRoom()) {
            Loggers.HOOKS.debug("DHCP4_HOOK_LEASE4_OFFER_PARKING_LOT_FULL The parked-packet-limit {}, has been "
                    + "reached, dropping query: {}", offerLot.point().keaName(), ctx.label);
            return;
        }
        Parking parking = offerLot.open();
        PointHandle h = ctx.handle(HookPoint.LEASE4_OFFER, parking)
                .arg(Arguments.LEASES4, List.class, List.of(ctx.offered))
                .arg(Arguments.OFFER_LIFETIME, Long.class, ctx.offerLifetime)
                .arg(Arguments.OLD_LEASE, Lease4.class, ctx.oldLease)
                .arg(Arguments.OFFER_ADDRESS_IN_USE, Boolean.class, Boolean.FALSE);
        NextStep step = h.call(ctx.hooks);
        goOn(ctx, HookPoint.LEASE4_OFFER, step, parking, () -> {
            if (Boolean.TRUE.equals(h.value(Arguments.OFFER_ADDRESS_IN_USE, Boolean.class))) {
                Loggers.HOOKS.debug("DHCP4_HOOK_LEASE4_OFFER_DROP {}: offer of address {} is dropped, because a "
                        + "callout found the address in use", ctx.label, ctx.offered.addressText());
                ServerInitiatedDecline.decline(ctx);
            } else {
                pktSend(ctx, reply, send);
            }
        }, "DHCP4_HOOK_LEASE4_OFFER_DROP {}: packet is dropped, because a callout set the next step to DROP");
    }

    /** What follows a point that parks: DROP ends here (logging {@code dropMessage} with the label), PARK with a ticket taken holds, anything else goes on. */
    private static void goOn(QueryContext ctx, HookPoint point, NextStep step, Parking parking, Runnable next,
                             String dropMessage) {
        if (step == NextStep.DROP) {
            Loggers.HOOKS.debug(dropMessage, ctx.label);
        } else if (step == NextStep.PARK && parking.ticketsTaken()) {
            parking.hold(next, () -> parkedDropped(ctx, point));
        } else {
            next.run();
        }
    }

    private void pktSend(QueryContext ctx, Dhcp4Response reply, Consumer<OutboundDatagram> send) {
        if (reply == null) {
            return;
        }
        if (!ctx.hooks.has(HookPoint.PKT4_SEND)) {
            encodeAndSend(ctx, reply, null, send);
            return;
        }
        if (!sendLot.hasRoom()) {
            Loggers.HOOKS.debug("DHCP4_HOOK_PKT4_SEND_PARKING_LOT_FULL The parked-packet-limit {} has been reached, "
                    + "dropping response to: {}", sendLot.point().keaName(), ctx.label);
            return;
        }
        Parking parking = sendLot.open();
        Packet4View response = responseView(ctx, reply, new byte[0]);
        NextStep step = ctx.handle(HookPoint.PKT4_SEND, parking).arg(Arguments.RESPONSE4, Packet4.class, response)
                .arg(Arguments.SUBNET4, SubnetView4.class, ctx.subnet == null ? null : new SubnetView(ctx.subnet))
                .call(ctx.hooks);
        byte[] packed = step == NextStep.SKIP ? response.wireBytes() : null;
        goOn(ctx, HookPoint.PKT4_SEND, step, parking,
                () -> encodeAndSend(ctx, reply, packed == null || packed.length == 0 ? null : packed, send),
                "DHCP4_HOOK_PACKET_SEND_DROP {}: prepared DHCPv4 response was not sent because a callout set the "
                        + "next step to DROP");
    }

    private static Packet4View responseView(QueryContext ctx, Dhcp4Response reply, byte[] buffer) {
        return new Packet4View(reply.packet(), buffer, ctx.in.interfaceAddress(), reply.destinationAddress(),
                reply.interfaceName(), java.util.Set::of);
    }

    private static void parkedDropped(QueryContext ctx, HookPoint point) {
        Loggers.HOOKS.debug("DHCP4_HOOK_PARKED_DROP {}: packet parked at {} was dropped", ctx.label,
                point.keaName());
    }

    /** Encodes (unless a pkt4_send callout packed it), runs buffer4_send and sends. */
    private void encodeAndSend(QueryContext ctx, Dhcp4Response r, byte[] packed, Consumer<OutboundDatagram> send) {
        Dhcp4Packet reply = r.packet();
        Object label = PacketLabel.lazy(reply);
        if (Loggers.PACKETS.isDebugEnabled()) {
            Loggers.PACKETS.debug("DHCP4_PACKET_SEND {}: trying to send packet {} (type {}) from {} to {}:{} on "
                    + "interface {}", label, PacketLabel.typeName(reply.messageType()), reply.messageType(),
                    Ipv4.toText(ctx.in.interfaceAddress()), Ipv4.toText(r.destinationAddress()),
                    r.destinationPort(), r.interfaceName());
        }
        byte[] data = packed != null ? packed : Dhcp4Codec.encode(reply, maxMessageSize(ctx.query));
        if (ctx.hooks.has(HookPoint.BUFFER4_SEND)) {
            Packet4View response = responseView(ctx, r, data);
            NextStep step = new PointHandle(HookPoint.BUFFER4_SEND, ctx.contexts(), null)
                    .arg(Arguments.RESPONSE4, Packet4.class, response).call(ctx.hooks);
            if (step != NextStep.CONTINUE) {
                Loggers.HOOKS.debug("DHCP4_HOOK_BUFFER_SEND_SKIP {}: prepared response is dropped because a callout "
                        + "set the next step to {}", label, step);
                return;
            }
            data = response.wireBytes();
        }
        send.accept(new OutboundDatagram(data, r.destinationAddress(), r.destinationPort(), r.interfaceName(),
                r.linkUnicast()));
        counters.sent.increment();
        MessageType4 type = MessageType4.of(reply.messageType());
        if (type != null) {
            counters.sent(type).increment();
        }
        if (Loggers.PACKETS.isDebugEnabled()) {
            Loggers.PACKETS.debug("DHCP4_RESPONSE_DATA {}: responding with packet {} (type {}), packet details: {}",
                    label, PacketLabel.typeName(reply.messageType()), reply.messageType(), PacketDetails.of(reply));
        }
    }

    private static int maxMessageSize(Dhcp4Packet query) {
        byte[] size = query.option(MAX_MESSAGE_SIZE);
        return size != null && size.length == 2 ? ((size[0] & 0xff) << 8) | (size[1] & 0xff) : 0;
    }
}
