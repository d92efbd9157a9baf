package org.nestor.core.dhcp4;

import java.util.List;
import java.util.Optional;
import org.nestor.core.config.ConfiguredOption;
import org.nestor.core.config.Subnet4;
import org.nestor.core.wire.Dhcp4Packet;
import org.nestor.core.wire.MessageType4;
import org.nestor.hooks.api.lease.Ipv4;

/**
 * DHCPINFORM → DHCPACK with configuration options only: no lease, no yiaddr, no lease times, and (as Kea) no
 * subnet mask unless configured as option data.
 */
final class InformHandler implements MessageHandler {
    @Override
    public Optional<Dhcp4Packet> handle(QueryContext ctx) {
        Dhcp4Packet ack = ReplyBuilder.base(ctx.query, MessageType4.ACK);
        ack.ciaddr = ctx.query.ciaddr;
        Subnet4 s = ctx.subnet;
        List<List<ConfiguredOption>> levels = ctx.state.options().levels(ctx.host(), null, s,
                s == null ? ctx.classes : ReplyBuilder.requiredClasses(ctx, s, null));
        ReplyBuilder.finishCommon(ctx, ack, levels);
        if (ctx.query.ciaddr != 0) {
            // Answered at ciaddr even when relayed (see ReplyAddresser): not through the relay, as Kea answers.
            ack.giaddr = 0;
            ack.hops = 0;
        } else if (ctx.query.giaddr != 0) {
            // The client has no address the relay could unicast to: Kea asks the relay to broadcast.
            ack.flags |= Dhcp4Packet.FLAG_BROADCAST;
        }
        if (ctx.query.giaddr == 0 || ctx.query.ciaddr != 0) {
            int to = ctx.query.ciaddr != 0 ? ctx.query.ciaddr : ctx.in.sourceAddress();
            Loggers.PACKETS.debug("DHCP4_INFORM_DIRECT_REPLY {}: DHCPACK in reply to the DHCPINFORM will be sent "
                    + "directly to {} over {}", ctx.label, Ipv4.toText(to), ctx.in.interfaceName());
        }
        return Optional.of(ack);
    }
}
