package org.nestor.core.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nestor.core.json.JsonArray;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonValue;

/**
 * Builds shared networks and subnets. Like Kea 2.2, shared networks' subnets are added before the global
 * {@code subnet4} list, and a subnet without {@code id} takes the next value of a counter starting at 1 that
 * explicit ids do not move (so an explicit id may collide with an automatic one, which Kea refuses).
 */
final class NetworksBuilder {
    private static final long MAX_ID = 4294967294L;

    private final SubnetBuilder subnets;
    private final OptionDataBuilder options;
    private final SystemEnvironment environment;
    private final List<Subnet4> built = new ArrayList<>();
    private final List<SharedNetwork4> networks = new ArrayList<>();
    private final Set<Long> ids = new HashSet<>();
    private final Set<String> prefixes = new HashSet<>();
    private long nextAutoId = 1;

    NetworksBuilder(SubnetBuilder subnets, OptionDataBuilder options, SystemEnvironment environment) {
        this.subnets = subnets;
        this.options = options;
        this.environment = environment;
    }

    /** Builds everything under {@code global}; read the results with {@link #subnets()} / {@link #networks()}. */
    void build(JsonObject global) throws ConfigException {
        ScopeChain globalChain = new ScopeChain(global);
        JsonValue shared = global.get("shared-networks");
        Set<String> names = new HashSet<>();
        if (shared != null) {
            for (JsonValue item : ((JsonArray) shared).items()) {
                JsonObject n = (JsonObject) item;
                String name = new ScopeChain(n).str("name", "");
                if (!names.add(name)) {
                    throw new ConfigException(n.position(), "duplicate network '" + name
                            + "' found in the configuration");
                }
                networks.add(network(n, name, globalChain.inner(n)));
            }
        }
        addSubnets((JsonArray) global.get("subnet4"), globalChain, "", List.of());
    }

    private SharedNetwork4 network(JsonObject n, String name, ScopeChain chain) throws ConfigException {
        String iface = new ScopeChain(n).str("interface", "");
        if (!iface.isEmpty() && !environment.interfaceExists(iface)) {
            throw new ConfigException(n.get("interface").position(), "Specified network interface name " + iface
                    + " for shared network " + name + " is not present in the system");
        }
        ParametersBuilder.build(chain, n);
        List<Integer> relays = SubnetBuilder.relays(n.get("relay"));
        int first = built.size();
        addSubnets((JsonArray) n.get("subnet4"), chain, name, relays);
        List<Long> memberIds = new ArrayList<>();
        for (Subnet4 s : built.subList(first, built.size())) memberIds.add(s.id());
        return new SharedNetwork4(name, iface, relays, new ScopeChain(n).str("client-class", ""),
                Names.list(n.get("require-client-classes")), options.build((JsonArray) n.get("option-data")),
                List.copyOf(memberIds));
    }

    private void addSubnets(JsonArray list, ScopeChain outer, String network, List<Integer> relays)
            throws ConfigException {
        if (list == null) return;
        for (JsonValue item : list.items()) {
            JsonObject o = (JsonObject) item;
            long id = new ScopeChain(o).lng("id", 0);
            if (id < 0 || id > MAX_ID) {
                throw new ConfigException(o.get("id").position(), "subnet configuration failed: The 'id' value ("
                        + id + ") is not within expected range: (0 - " + MAX_ID + ")");
            }
            if (id == 0) id = nextAutoId++;
            if (!ids.add(id)) {
                throw new ConfigException(o.position(), "ID of the new IPv4 subnet '" + id + "' is already in use");
            }
            Subnet4 s = subnets.build(o, id, outer.inner(o), network, relays);
            if (!prefixes.add(s.text())) {
                throw new ConfigException(o.position(), "subnet with the prefix of '" + s.text()
                        + "' already exists");
            }
            built.add(s);
        }
    }

    /** @return the subnets: shared networks' first, then the global list (Kea's order) */
    List<Subnet4> subnets() {
        return List.copyOf(built);
    }

    /** @return the shared networks in configuration order */
    List<SharedNetwork4> networks() {
        return List.copyOf(networks);
    }
}
