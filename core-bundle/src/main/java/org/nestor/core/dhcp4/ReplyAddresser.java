package org.nestor.core.dhcp4;

import org.nestor.core.net.InboundDatagram;
import org.nestor.core.net.LinkUnicast;
import org.nestor.core.wire.Dhcp4Packet;
import org.nestor.core.wire.MessageType4;

/**
 * Where a reply goes (RFC 2131 §4.1): an INFORM's ACK to its ciaddr when set, even when relayed (RFC 2131 §4.3.5, as
 * Kea does); to the relay (at {@link EnginePorts#relayPort()}) when giaddr is set (a NAK then with the broadcast bit
 * set); an unrelayed INFORM's ACK to its source; a NAK to a direct client broadcast; to ciaddr at
 * the client port when set; otherwise broadcast on the incoming interface. When the client did not ask for a broadcast
 * (flag clear) and has an Ethernet address, the broadcast carries a {@link LinkUnicast} to yiaddr at chaddr: a raw
 * socket sends it that way (RFC 2131 §4.1), a UDP socket broadcasts it, as Kea does with UDP sockets.
 */
final class ReplyAddresser {
    static final int BROADCAST = 0xffffffff;

    /** Where to send, and on which interface. */
    record Destination(int address, int port, String interfaceName, LinkUnicast linkUnicast) {
        Destination(int address, int port, String interfaceName) {
            this(address, port, interfaceName, null);
        }
    }

    private ReplyAddresser() {
    }

    static Destination destination(Dhcp4Packet query, Dhcp4Packet reply, InboundDatagram in, EnginePorts ports) {
        int type = reply.messageType();
        String ifname = in.interfaceName();
        boolean inform = query.messageType() == MessageType4.INFORM.code();
        if (inform && query.ciaddr != 0) {
            return new Destination(query.ciaddr, ports.clientPort(), ifname);
        }
        if (query.giaddr != 0) {
            if (type == MessageType4.NAK.code()) {
                reply.flags |= Dhcp4Packet.FLAG_BROADCAST;
            }
            return new Destination(query.giaddr, ports.relayPort(), ifname);
        }
        if (inform) {
            int to = query.ciaddr != 0 ? query.ciaddr : in.sourceAddress();
            return new Destination(to == 0 ? BROADCAST : to, ports.clientPort(), ifname);
        }
        if (type != MessageType4.NAK.code() && query.ciaddr != 0) {
            return new Destination(query.ciaddr, ports.clientPort(), ifname);
        }
        return new Destination(BROADCAST, ports.clientPort(), ifname, linkUnicast(reply));
    }

    private static LinkUnicast linkUnicast(Dhcp4Packet reply) {
        boolean ethernet = reply.htype == 1 && reply.hlen == 6;
        if (reply.messageType() == MessageType4.NAK.code() || reply.broadcastFlag() || !ethernet || reply.yiaddr == 0) {
            return null;
        }
        return new LinkUnicast(reply.yiaddr, java.util.Arrays.copyOf(reply.chaddr, 6));
    }
}
