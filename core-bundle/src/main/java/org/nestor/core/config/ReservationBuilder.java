package org.nestor.core.config;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nestor.core.json.JsonArray;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonString;
import org.nestor.core.json.JsonValue;
import org.nestor.hooks.api.lease.Ipv4;

/**
 * Builds the reservations of one scope (a subnet, or global with subnet id 0): exactly one identifier, the address
 * inside the subnet, no identifier and (when {@code ip-reservations-unique}) no address reserved twice.
 */
final class ReservationBuilder {
    private static final String ID_LIST = "circuit-id, client-id, duid, flex-id, hw-address";

    private final OptionDataBuilder options;
    private final boolean uniqueAddresses;

    ReservationBuilder(OptionDataBuilder options, boolean uniqueAddresses) {
        this.options = options;
        this.uniqueAddresses = uniqueAddresses;
    }

    /** @param subnet the subnet holding them, or null for global reservations */
    List<Reservation4> build(JsonArray list, Subnet4Range subnet) throws ConfigException {
        if (list == null) return List.of();
        List<Reservation4> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<Integer> addresses = new HashSet<>();
        long subnetId = subnet == null ? 0 : subnet.id();
        for (JsonValue item : list.items()) {
            JsonObject o = (JsonObject) item;
            Reservation4 r = one(o, subnet);
            String key = r.idType().keaName() + "=" + HexFormat.ofDelimiter(":").formatHex(r.identifier());
            if (!ids.add(key)) {
                throw new ConfigException(o.position(), "failed to add new host using the " + label(r) + " to the "
                        + "IPv4 subnet id '" + subnetId + "' as this host has already been added");
            }
            if (r.ipAddress() != 0 && uniqueAddresses && !addresses.add(r.ipAddress())) {
                throw new ConfigException(o.position(), "failed to add new host using the " + label(r) + " to the "
                        + "IPv4 subnet id '" + subnetId + "' for the address " + Ipv4.toText(r.ipAddress())
                        + ": There's already a reservation for this address");
            }
            out.add(r);
        }
        return List.copyOf(out);
    }

    private Reservation4 one(JsonObject o, Subnet4Range subnet) throws ConfigException {
        HostIdentifierType type = null;
        String text = null;
        for (HostIdentifierType t : HostIdentifierType.values()) {
            JsonValue v = o.get(t.keaName());
            if (v == null) continue;
            if (type != null) {
                throw new ConfigException(o.position(), "the '" + type.keaName() + "' and '" + t.keaName()
                        + "' are mutually exclusive");
            }
            type = t;
            text = ((JsonString) v).value();
        }
        if (type == null) {
            throw new ConfigException(o.position(), "one of the supported identifiers must be specified for host "
                    + "reservation: " + ID_LIST);
        }
        byte[] id = HostIdentifiers.parse(type, text);
        if (id == null) throw new ConfigException(o.position(), "invalid host identifier value '" + text + "'");
        ScopeChain c = new ScopeChain(o);
        int address = 0;
        JsonValue ip = o.get("ip-address");
        if (ip != null) {
            address = Addresses.parse(((JsonString) ip).value(), ip.position());
            if (subnet != null && !subnet.contains(address)) {
                throw new ConfigException(ip.position(), "specified reservation '" + Ipv4.toText(address)
                        + "' is not within the IPv4 subnet '" + subnet.text() + "'");
            }
        }
        JsonValue ns = o.get("next-server");
        int nextServer = ns == null ? 0 : Addresses.parse(((JsonString) ns).value(), ns.position());
        return new Reservation4(type, id, address, c.str("hostname", ""), Names.list(o.get("client-classes")),
                options.build((JsonArray) o.get("option-data")), nextServer, c.str("server-hostname", ""),
                c.str("boot-file-name", ""));
    }

    private static String label(Reservation4 r) {
        String hex = HexFormat.ofDelimiter(":").formatHex(r.identifier());
        return r.idType() == HostIdentifierType.HW_ADDRESS ? "HW address '" + hex + "'"
                : r.idType().keaName() + " '" + hex + "'";
    }

    /** The subnet a reservation list belongs to: its id and prefix. */
    record Subnet4Range(long id, int prefix, int prefixLength) {
        boolean contains(int address) {
            int mask = Addresses.mask(prefixLength);
            return (address & mask) == (prefix & mask);
        }

        String text() {
            return Ipv4.toText(prefix) + "/" + prefixLength;
        }
    }
}
