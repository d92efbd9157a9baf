package org.nestor.core.dhcp4;

import org.nestor.core.wire.Dhcp4Packet;
import org.nestor.core.wire.MalformedPacketException;
import org.nestor.core.wire.RelayAgentInfo;

/** Reads sub-options of a query's relay agent information option (82); a malformed option reads as absent. */
final class RelayInfo {
    private RelayInfo() {
    }

    /** @return the payload of sub-option {@code code} of option 82, or null */
    static byte[] sub(Dhcp4Packet p, int code) {
        byte[] rai = p.option(RelayAgentInfo.OPTION_CODE);
        if (rai == null) {
            return null;
        }
        try {
            return RelayAgentInfo.parse(rai).get(code);
        } catch (MalformedPacketException e) {
            return null;
        }
    }

    /** @return the address carried by sub-option {@code code}, or 0 */
    static int address(Dhcp4Packet p, int code) {
        return Bytes.address(sub(p, code));
    }
}
