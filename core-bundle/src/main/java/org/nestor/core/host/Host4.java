package org.nestor.core.host;

import java.util.Arrays;
import java.util.List;
import org.nestor.core.config.ConfiguredOption;
import org.nestor.core.config.HostIdentifierType;
import org.nestor.core.config.Reservation4;

/**
 * A DHCPv4 host reservation as the engine uses it.
 *
 * @param subnetId the subnet it belongs to, {@link #GLOBAL} for a global reservation
 * @param idType the identifier kind
 * @param identifier the identifier bytes
 * @param address reserved address (unsigned 32 bits), 0 when none
 * @param hostname reserved host name, empty when none
 * @param clientClasses classes the host is put in
 * @param options reservation option-data
 * @param nextServer siaddr, 0 when not set
 * @param serverHostname sname, empty when not set
 * @param bootFileName file, empty when not set
 */
public record Host4(long subnetId, HostIdentifierType idType, byte[] identifier, int address, String hostname,
                    List<String> clientClasses, List<ConfiguredOption> options, int nextServer,
                    String serverHostname, String bootFileName) {
    /** Kea's subnet id of global reservations. */
    public static final long GLOBAL = 0;

    public Host4 {
        identifier = identifier.clone();
        hostname = hostname == null ? "" : hostname;
        clientClasses = clientClasses == null ? List.of() : List.copyOf(clientClasses);
        options = options == null ? List.of() : List.copyOf(options);
        serverHostname = serverHostname == null ? "" : serverHostname;
        bootFileName = bootFileName == null ? "" : bootFileName;
    }

    /** @return the host of a configured reservation held in {@code subnetId} */
    public static Host4 of(long subnetId, Reservation4 r) {
        return new Host4(subnetId, r.idType(), r.identifier(), r.ipAddress(), r.hostname(), r.clientClasses(),
                r.options(), r.nextServer(), r.serverHostname(), r.bootFileName());
    }

    /** @return a copy of the identifier */
    @Override
    public byte[] identifier() {
        return identifier.clone();
    }

    /** @return whether the identifier is {@code id} (without copying it) */
    public boolean identifierEquals(byte[] id) {
        return Arrays.equals(identifier, id);
    }

    /** @return the identifier itself, for this package's index, which only reads it */
    byte[] identifierView() {
        return identifier;
    }

    /** @return whether an address is reserved */
    public boolean hasAddress() {
        return address != 0;
    }
}
