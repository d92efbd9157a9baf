package org.nestor.core.config;

import java.util.ArrayList;
import java.util.List;
import org.nestor.core.json.JsonArray;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonString;
import org.nestor.core.json.JsonValue;

/** Builds one {@code subnet4} entry: prefix, interface, relay, pools, reservations, options, resolved parameters. */
final class SubnetBuilder {
    private final OptionDataBuilder options;
    private final ReservationBuilder reservations;
    private final SystemEnvironment environment;

    SubnetBuilder(OptionDataBuilder options, ReservationBuilder reservations, SystemEnvironment environment) {
        this.options = options;
        this.reservations = reservations;
        this.environment = environment;
    }

    /**
     * @param chain the subnet's scope chain (subnet, shared network or null, global)
     * @param network the shared network's name, empty when none
     * @param inheritedRelays the shared network's relay addresses
     */
    Subnet4 build(JsonObject o, long id, ScopeChain chain, String network, List<Integer> inheritedRelays)
            throws ConfigException {
        JsonValue text = o.get("subnet");
        int[] prefix = prefix(((JsonString) text).value(), o);
        String subnetText = org.nestor.hooks.api.lease.Ipv4.toText(prefix[0]) + "/" + prefix[1];
        String iface = new ScopeChain(o).str("interface", "");
        if (!iface.isEmpty() && !environment.interfaceExists(iface)) {
            throw new ConfigException(o.get("interface").position(), "subnet configuration failed: Specified network"
                    + " interface name " + iface + " for subnet " + subnetText + " is not present in the system");
        }
        List<Integer> relays = relays(o.get("relay"));
        List<Pool4> pools = PoolBuilder.build((JsonArray) o.get("pools"), prefix[0], prefix[1], subnetText, options);
        List<Reservation4> res = reservations.build((JsonArray) o.get("reservations"),
                new ReservationBuilder.Subnet4Range(id, prefix[0], prefix[1]));
        SubnetParameters4 params;
        try {
            params = ParametersBuilder.build(chain, o);
        } catch (ConfigException e) {
            throw new ConfigException(e.position(), "subnet configuration failed: " + e.reason());
        }
        return new Subnet4(id, prefix[0], prefix[1], pools, iface, relays.isEmpty() ? inheritedRelays : relays,
                new ScopeChain(o).str("client-class", ""), Names.list(o.get("require-client-classes")), res,
                options.build((JsonArray) o.get("option-data")), network, params);
    }

    /** @return {network address, length} of {@code text}, refused with Kea's wording */
    static int[] prefix(String text, JsonObject at) throws ConfigException {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new ConfigException(at.position(), "subnet configuration failed: Invalid subnet syntax "
                    + "(prefix/len expected):" + text);
        }
        String addr = text.substring(0, slash).trim();
        if (addr.indexOf(':') >= 0) {
            throw new ConfigException(at.position(), "subnet configuration failed: Non IPv4 prefix " + addr
                    + " specified in subnet4");
        }
        int len;
        try {
            len = Integer.parseInt(text.substring(slash + 1).trim());
        } catch (NumberFormatException e) {
            len = -1;
        }
        if (len < 0 || len > 32) {
            throw new ConfigException(at.position(), "subnet configuration failed: Invalid prefix length specified "
                    + "for subnet: " + text.substring(slash + 1));
        }
        int a;
        try {
            a = Addresses.parse(addr, at.position());
        } catch (ConfigException e) {
            throw new ConfigException(at.position(), "subnet configuration failed: " + e.reason());
        }
        return new int[] {a & Addresses.mask(len), len};
    }

    /** @return the addresses of a {@code relay} map ({@code ip-address} or {@code ip-addresses}) */
    static List<Integer> relays(JsonValue relay) throws ConfigException {
        if (!(relay instanceof JsonObject r)) return List.of();
        List<Integer> out = new ArrayList<>();
        JsonValue single = r.get("ip-address");
        if (single != null && r.has("ip-addresses")) {
            throw new ConfigException(r.position(), "specify either ip-address or ip-addresses, not both");
        }
        if (single != null) out.add(Addresses.parse(((JsonString) single).value(), single.position()));
        JsonValue many = r.get("ip-addresses");
        if (many != null) {
            for (JsonValue v : ((JsonArray) many).items()) {
                if (!(v instanceof JsonString s)) {
                    throw new ConfigException(v.position(), "syntax error, unexpected " + v.kind().keaName()
                            + ", expecting constant string");
                }
                out.add(Addresses.parse(s.value(), v.position()));
            }
        }
        return List.copyOf(out);
    }
}
