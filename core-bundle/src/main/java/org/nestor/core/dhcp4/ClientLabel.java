package org.nestor.core.dhcp4;

import org.nestor.core.wire.Dhcp4Packet;

/** Kea's client label of log messages: {@code [hwtype=1 00:0c:01:02:03:04], cid=[01:00:0c:...], tid=0x1a}. */
final class ClientLabel {
    private ClientLabel() {
    }

    static String of(Dhcp4Packet p) {
        byte[] cid = p.option(61);
        return "[hwtype=" + p.htype + " " + hex(p.hwAddress()) + "], cid=["
                + (cid == null || cid.length == 0 ? "no info" : hex(cid)) + "], tid=0x"
                + Integer.toHexString(p.xid);
    }

    /** @return colon-separated lower-case hex, as Kea prints hardware addresses and identifiers */
    static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < bytes.length; i++) {
            if (i > 0) {
                sb.append(':');
            }
            sb.append(Character.forDigit((bytes[i] >> 4) & 0xf, 16)).append(Character.forDigit(bytes[i] & 0xf, 16));
        }
        return sb.toString();
    }
}
