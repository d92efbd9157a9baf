package org.nestor.core.dhcp4;

import org.nestor.core.wire.Dhcp4Packet;

/** The sub-options of the relay agent information option (82, RFC 3046) the engine uses. */
final class RelayInfo {
    static final int CIRCUIT_ID = 1;
    static final int LINK_SELECTION = 5;
    static final int SERVER_ID_OVERRIDE = 11;

    private RelayInfo() {
    }

    /** @return the payload of sub-option {@code code} of option 82, or null */
    static byte[] sub(Dhcp4Packet p, int code) {
        byte[] rai = p.option(82);
        if (rai == null) {
            return null;
        }
        int i = 0;
        while (i + 1 < rai.length) {
            int c = rai[i] & 0xff;
            int len = rai[i + 1] & 0xff;
            if (i + 2 + len > rai.length) {
                return null;
            }
            if (c == code) {
                byte[] v = new byte[len];
                System.arraycopy(rai, i + 2, v, 0, len);
                return v;
            }
            i += 2 + len;
        }
        return null;
    }

    /** @return the address carried by sub-option {@code code}, or 0 */
    static int address(Dhcp4Packet p, int code) {
        return Bytes.address(sub(p, code));
    }
}
