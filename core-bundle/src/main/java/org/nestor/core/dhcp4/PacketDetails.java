package org.nestor.core.dhcp4;

import java.util.Map;
import org.nestor.core.wire.Dhcp4Packet;
import org.nestor.core.wire.PacketLabel;
import org.nestor.hooks.api.lease.Ipv4;

/** Kea-like one-line packet details for DHCP4_QUERY_DATA / DHCP4_RESPONSE_DATA, formatted only when logged. */
final class PacketDetails {
    private final Dhcp4Packet p;

    private PacketDetails(Dhcp4Packet p) {
        this.p = p;
    }

    static Object of(Dhcp4Packet p) {
        return new PacketDetails(p);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append("msg_type=").append(PacketLabel.typeName(p.messageType())).append(" (").append(p.messageType())
                .append("), transid=0x").append(PacketLabel.tid(p.xid))
                .append(", ciaddr=").append(Ipv4.toText(p.ciaddr)).append(", yiaddr=").append(Ipv4.toText(p.yiaddr))
                .append(", siaddr=").append(Ipv4.toText(p.siaddr)).append(", giaddr=").append(Ipv4.toText(p.giaddr))
                .append(", options:");
        for (Map.Entry<Integer, byte[]> e : p.options.entrySet()) {
            sb.append(String.format(" type=%03d, len=%03d: %s;", e.getKey(), e.getValue().length,
                    PacketLabel.colonHex(e.getValue())));
        }
        return sb.toString();
    }
}
