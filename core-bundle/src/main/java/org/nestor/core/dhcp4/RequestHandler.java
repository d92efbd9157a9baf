package org.nestor.core.dhcp4;

import java.util.List;
import java.util.Optional;
import org.nestor.core.alloc.Allocation;
import org.nestor.core.config.ConfiguredOption;
import org.nestor.core.wire.Dhcp4Packet;
import org.nestor.core.wire.MessageType4;
import org.nestor.hooks.api.lease.Ipv4;
import org.nestor.hooks.api.lease.Lease4;

/**
 * DHCPREQUEST in every RFC 2131 state: SELECTING (server identifier, already checked to be ours, and option 50),
 * INIT-REBOOT (option 50, no server identifier: Kea's known-client and authoritative rules), RENEWING and
 * REBINDING (ciaddr). The lease is written before the ACK is returned; a lease that cannot be granted is NAKed.
 */
final class RequestHandler implements MessageHandler {
    static final int REQUESTED_ADDRESS = 50;

    @Override
    public Optional<Dhcp4Packet> handle(QueryContext ctx) {
        Dhcp4Packet q = ctx.query;
        int requested = Bytes.address(q.option(REQUESTED_ADDRESS));
        if (ctx.subnet == null) {
            Loggers.BAD_PACKETS.debug("DHCP4_PACKET_NAK_0001 {}: failed to select a subnet for incoming packet, "
                    + "src {}, type DHCPREQUEST", ctx.label, Ipv4.toText(ctx.in.sourceAddress()));
            return Optional.of(nak(ctx));
        }
        if (q.option(ServerIdentity.SERVER_IDENTIFIER) == null && requested != 0) {
            Optional<Dhcp4Packet> verdict = initReboot(ctx, requested);
            if (verdict != null) {
                return verdict;
            }
        }
        Dhcp4Packet ack = ReplyBuilder.base(q, MessageType4.ACK);
        String hostname = HostnameResponder.respond(q, ack, ctx.host(), ctx.subnet.parameters());
        int wanted = requested != 0 ? requested : q.ciaddr;
        ctx.committing = true;
        Allocation a = ctx.state.allocator().request(ctx.allocationRequest(wanted, hostname));
        if (a.granted()) {
            ctx.committed = List.of(a.lease());
        } else {
            Loggers.BAD_PACKETS.debug("DHCP4_PACKET_NAK_0004 {}: failed to grant a lease, client sent ciaddr {}, "
                    + "requested-ip-address {}", ctx.label, Ipv4.toText(q.ciaddr), Ipv4.toText(requested));
            return Optional.of(nak(ctx));
        }
        if (Loggers.LEASES.isInfoEnabled()) {
            Loggers.LEASES.info("DHCP4_LEASE_ALLOC {}: lease {} has been allocated for {} seconds", ctx.label,
                    a.lease().addressText(), a.lease().validLifetime());
        }
        ReplyBuilder.finishAssignment(ctx, ack, a.lease(), a.subnet());
        return Optional.of(ack);
    }

    /**
     * Kea's INIT-REBOOT rules: an unknown client is ignored unless the server is authoritative; a client asking for
     * an address other than its lease's, or outside the subnet, or unknown to an authoritative server, is NAKed.
     *
     * @return the verdict, or null to go on allocating
     */
    private static Optional<Dhcp4Packet> initReboot(QueryContext ctx, int requested) {
        Loggers.LEASES.info("DHCP4_INIT_REBOOT {}: client is in INIT-REBOOT state and requests address {}",
                ctx.label, Ipv4.toText(requested));
        Optional<Lease4> lease = ctx.state.allocator().findClientLease(ctx.candidates, ctx.identity(ctx.subnet));
        boolean known = lease.isPresent();
        boolean authoritative = ctx.subnet.parameters().authoritative();
        if (!known && !authoritative) {
            Loggers.BAD_PACKETS.debug("DHCP4_NO_LEASE_INIT_REBOOT {}: no lease for address {} requested by "
                    + "INIT-REBOOT client", ctx.label, Ipv4.toText(requested));
            return Optional.empty();
        }
        boolean inNetwork = ctx.candidates.stream().anyMatch(s -> s.inRange(requested));
        if ((known && lease.get().address() != requested) || !known || !inNetwork) {
            Loggers.BAD_PACKETS.debug("DHCP4_PACKET_NAK_0002 {}: invalid address {} requested by INIT-REBOOT",
                    ctx.label, Ipv4.toText(requested));
            return Optional.of(nak(ctx));
        }
        return null;
    }

    /** @return a DHCPNAK: server identifier, echoed client-id and relay information only */
    static Dhcp4Packet nak(QueryContext ctx) {
        Dhcp4Packet nak = ReplyBuilder.base(ctx.query, MessageType4.NAK);
        List<List<ConfiguredOption>> levels = ctx.state.options().levels(ctx.host(), null, ctx.subnet, ctx.classes);
        nak.options.put(ServerIdentity.SERVER_IDENTIFIER, Bytes.of32(ServerIdentity.of(ctx.in, levels)));
        ReplyBuilder.echo(ctx, nak);
        return nak;
    }
}
