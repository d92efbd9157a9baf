package org.nestor.systest.diff;

import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.nestor.core.wire.Dhcp4Packet;

/**
 * A reply flattened into named fields for comparison: the fixed header fields a client reads and every option by
 * code ({@code option[54]}), payloads in hex. "No reply" is the single field {@code reply=none}.
 */
final class ReplyFields {
    private ReplyFields() {
    }

    static Map<String, String> of(Optional<Dhcp4Packet> reply) {
        Map<String, String> f = new TreeMap<>();
        if (reply.isEmpty()) {
            f.put("reply", "none");
            return f;
        }
        Dhcp4Packet p = reply.get();
        f.put("reply", "some");
        f.put("op", Integer.toString(p.op));
        f.put("message-type", Integer.toString(p.messageType()));
        f.put("htype/hlen", p.htype + "/" + p.hlen);
        f.put("hops", Integer.toString(p.hops));
        f.put("flags", Integer.toHexString(p.flags));
        f.put("ciaddr", Addresses.text(p.ciaddr));
        f.put("yiaddr", Addresses.text(p.yiaddr));
        f.put("siaddr", Addresses.text(p.siaddr));
        f.put("giaddr", Addresses.text(p.giaddr));
        f.put("chaddr", HexFormat.of().formatHex(p.hwAddress()));
        f.put("sname", p.sname);
        f.put("file", p.file);
        for (Map.Entry<Integer, byte[]> o : p.options.entrySet()) {
            f.put(String.format("option[%03d]", o.getKey()), HexFormat.of().formatHex(o.getValue()));
        }
        return f;
    }
}
