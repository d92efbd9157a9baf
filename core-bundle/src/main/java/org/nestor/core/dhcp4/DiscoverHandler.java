package org.nestor.core.dhcp4;

import java.util.Optional;
import org.nestor.core.alloc.Allocation;
import org.nestor.core.alloc.AllocationRequest;
import org.nestor.core.wire.Dhcp4Packet;
import org.nestor.core.wire.MessageType4;
import org.nestor.hooks.api.HookPoint;
import org.nestor.hooks.api.lease.Ipv4;

/** DHCPDISCOVER → DHCPOFFER with a proposed lease (nothing written); no offer when no address can be given. */
final class DiscoverHandler implements MessageHandler {
    @Override
    public Optional<Dhcp4Packet> handle(QueryContext ctx) {
        Dhcp4Packet q = ctx.query;
        if (ctx.subnet == null) {
            Loggers.BAD_PACKETS.debug("DHCP4_PACKET_NAK_0001 {}: failed to select a subnet for incoming packet, "
                    + "src {}, type DHCPDISCOVER", ctx.label, Ipv4.toText(ctx.in.sourceAddress()));
            return Optional.empty();
        }
        Dhcp4Packet offer = ReplyBuilder.base(q, MessageType4.OFFER);
        String hostname = HostnameResponder.respond(q, offer, ctx.host(), ctx.subnet.parameters());
        int requested = Bytes.address(q.option(RequestHandler.REQUESTED_ADDRESS));
        AllocationRequest request = ctx.allocationRequest(requested, hostname);
        Allocation a = ctx.state.allocator().discover(request);
        if (!a.granted()) {
            Loggers.BAD_PACKETS.debug("DHCP4_PACKET_NAK_0003 {}: failed to advertise a lease, client sent ciaddr {}, "
                    + "requested-ip-address {}", ctx.label, Ipv4.toText(q.ciaddr), Ipv4.toText(requested));
            return Optional.empty();
        }
        if (Loggers.LEASES.isInfoEnabled()) {
            Loggers.LEASES.info("DHCP4_LEASE_ADVERT {}: lease {} will be advertised", ctx.label,
                    a.lease().addressText());
        }
        ReplyBuilder.finishAssignment(ctx, offer, a.lease(), a.subnet());
        ctx.offered = a.lease();
        ctx.offerLifetime = a.subnet().parameters().offerLifetime();
        if (ctx.hooks.has(HookPoint.LEASE4_OFFER)) {
            // Nothing was written for the offer: the client's lease found now is the one it had before.
            ctx.oldLease = ctx.state.allocator().findClientLease(request.subnets(), request.client()).orElse(null);
        }
        return Optional.of(offer);
    }
}
