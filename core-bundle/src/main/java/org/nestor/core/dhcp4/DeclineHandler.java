package org.nestor.core.dhcp4;

import java.util.List;
import java.util.Optional;
import org.nestor.core.alloc.ClientIdentity;
import org.nestor.core.alloc.LeaseChange;
import org.nestor.core.wire.Dhcp4Packet;
import org.nestor.core.wire.PacketLabel;
import org.nestor.hooks.api.HookPoint;
import org.nestor.hooks.api.lease.Ipv4;
import org.nestor.hooks.api.lease.Lease4;

/**
 * DHCPDECLINE of option 50: the owner's lease is put on probation for {@code decline-probation-period} (state
 * DECLINED, client identity cleared); never answered. A DECLINE without option 50 breaks RFC 2131 and is dropped.
 */
final class DeclineHandler implements MessageHandler {
    @Override
    public Optional<Dhcp4Packet> handle(QueryContext ctx) {
        int address = Bytes.address(ctx.query.option(RequestHandler.REQUESTED_ADDRESS));
        if (address == 0) {
            throw new RfcViolation("Mandatory 'Requested IP address' option missing in DHCPDECLINE sent from "
                    + Ipv4.toText(ctx.in.sourceAddress()));
        }
        String text = Ipv4.toText(address);
        Optional<Lease4> lease = ctx.state.store().get(address);
        long probation = ctx.state.config().declineProbationPeriod();
        ctx.committing = true;
        LeaseChange result = LeaseChange.NO_LEASE;
        if (lease.isPresent()) {
            ClientIdentity client = ctx.identity(ctx.state.subnetsById().get(lease.get().subnetId()));
            if (!LeaseHooks.allow(ctx, HookPoint.LEASE4_DECLINE, lease.get(), client)) {
                return Optional.empty();
            }
            result = ctx.state.allocator().decline(address, client, probation);
        }
        if (result == LeaseChange.DONE) {
            ctx.committed = ctx.state.store().get(address).map(List::of).orElse(List.of());
        }
        switch (result) {
            case DONE -> Loggers.LEASES.info("DHCP4_DECLINE_LEASE Received DHCPDECLINE for addr {} from client {}. "
                    + "The lease will be unavailable for {} seconds.", text, ctx.label, probation);
            case NO_LEASE -> Loggers.LEASES.info("DHCP4_DECLINE_LEASE_NOT_FOUND Received DHCPDECLINE for addr {} "
                    + "from client {}, but no such lease found.", text, ctx.label);
            case WRONG_CLIENT -> Loggers.DHCP4.warn("DHCP4_DECLINE_LEASE_MISMATCH Received DHCPDECLINE for addr {} "
                    + "from client {}, but the data doesn't match: received hwaddr: {}, lease hwaddr: {}, received "
                    + "client-id: {}, lease client-id: {}", text, ctx.label,
                    PacketLabel.colonHex(ctx.query.hwAddress()),
                    PacketLabel.colonHex(lease.get().hwAddress()), cid(ctx.query.option(61)),
                    cid(lease.get().clientId()));
            default -> throw new IllegalStateException(result.name());
        }
        return Optional.empty();
    }

    private static String cid(byte[] id) {
        return id == null || id.length == 0 ? "(none)" : PacketLabel.colonHex(id);
    }
}
