package org.nestor.core.config;

import java.util.List;

/**
 * A DHCPv4 host reservation from the configuration (global or in a subnet).
 *
 * @param idType the identifier kind
 * @param identifier the identifier bytes (hw-address, client-id data, circuit-id, duid or flex-id)
 * @param ipAddress reserved address as unsigned 32 bits, or 0 when the reservation has none
 * @param hostname reserved host name, empty when none
 * @param clientClasses classes the host is put in
 * @param options option-data of the reservation (highest precedence)
 * @param nextServer siaddr to send, or 0 when not set
 * @param serverHostname sname to send, empty when not set
 * @param bootFileName file to send, empty when not set
 */
public record Reservation4(HostIdentifierType idType, byte[] identifier, int ipAddress, String hostname,
                           List<String> clientClasses, List<ConfiguredOption> options, int nextServer,
                           String serverHostname, String bootFileName) {
}
