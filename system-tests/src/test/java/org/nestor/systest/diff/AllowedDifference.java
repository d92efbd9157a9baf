package org.nestor.systest.diff;

import java.util.List;
import java.util.Map;

/**
 * A documented place where Nestor deliberately answers differently from Kea 2.2. Every comparison applies all of
 * them; each is as narrow as the quirk it covers.
 */
enum AllowedDifference {
    /**
     * RFC 2131 4.3.2: "If 'giaddr' is set in the DHCPREQUEST message, the client is on a different subnet. The
     * server MUST set the broadcast bit in the DHCPNAK, so that the relay agent will broadcast the DHCPNAK to the
     * client". Kea 2.2 leaves the client's flags; Nestor follows the RFC, so that a client that cannot receive
     * unicast before it has an address still hears the NAK.
     */
    RELAYED_NAK_BROADCAST_BIT {
        @Override
        boolean allows(String field, Map<String, String> kea, Map<String, String> nestor) {
            return field.equals("flags") && "6".equals(kea.get("message-type"))
                    && "6".equals(nestor.get("message-type")) && !"0.0.0.0".equals(kea.get("giaddr"))
                    && Integer.parseInt(nestor.get("flags"), 16)
                            == (Integer.parseInt(kea.get("flags"), 16) | 0x8000);
        }
    };

    /** @return true when the two replies may differ in {@code field} because of this quirk */
    abstract boolean allows(String field, Map<String, String> kea, Map<String, String> nestor);

    /** @return true when any allowed difference covers {@code field} */
    static boolean anyAllows(String field, Map<String, String> kea, Map<String, String> nestor) {
        return List.of(values()).stream().anyMatch(d -> d.allows(field, kea, nestor));
    }
}
