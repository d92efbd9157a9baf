package org.nestor.hooks.subnetcmds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nestor.hooks.api.config.ConfigurationRejectedException;

/**
 * The subnets and shared networks of one configuration map ({@code Dhcp4}): where each subnet sits (the global
 * list or a shared network's list), found by id or prefix. Works on the map it is given, in place.
 */
final class SubnetTree {
    /** One subnet and the list holding it; {@code network} is null for a subnet outside shared networks. */
    record Located(Map<String, Object> subnet, List<Object> holder, Map<String, Object> network) {
        long id() {
            return subnet.get("id") instanceof Long id ? id : 0;
        }

        String prefix() {
            return String.valueOf(subnet.get("subnet"));
        }

        /** Removes the subnet from its list. */
        void remove() {
            holder.removeIf(o -> o == subnet);
        }
    }

    private final Map<String, Object> config;
    private final Family family;

    SubnetTree(Map<String, Object> config, Family family) {
        this.config = config;
        this.family = family;
    }

    /** @return the global subnet list, created when absent */
    List<Object> plainSubnets() {
        return Json.list(config, family.subnetKey());
    }

    /** @return the shared networks' maps, in configuration order */
    List<Map<String, Object>> networks() {
        return Json.maps(config, "shared-networks");
    }

    /** @return every subnet, ordered by id as Kea lists them */
    List<Located> all() {
        List<Located> found = new ArrayList<>();
        for (Map<String, Object> network : networks()) {
            collect(Json.list(network, family.subnetKey()), network, found);
        }
        collect(plainSubnets(), null, found);
        found.sort(Comparator.comparingLong(Located::id));
        return found;
    }

    private static void collect(List<Object> holder, Map<String, Object> network, List<Located> into) {
        for (Object item : holder) {
            if (item instanceof Map<?, ?>) {
                into.add(new Located(Json.mapOf(item), holder, network));
            }
        }
    }

    /** @return the subnet with {@code id} */
    Optional<Located> byId(long id) {
        return all().stream().filter(l -> l.id() == id).findFirst();
    }

    /** @return the subnet whose prefix equals {@code prefix} by value */
    Optional<Located> byPrefix(Prefix4 prefix) {
        return all().stream().filter(l -> prefix.equals(Prefix4.parseOrNull(l.subnet().get("subnet"))))
                .findFirst();
    }

    /** @return the shared network named {@code name} */
    Optional<Map<String, Object>> network(String name) {
        return networks().stream().filter(n -> name.equals(n.get("name"))).findFirst();
    }

    /** @return the shared network named {@code name}, refused with result 3 when there is none */
    Map<String, Object> existingNetwork(String name) throws ConfigurationRejectedException {
        return network(name).orElseThrow(() -> new ConfigurationRejectedException(
                org.nestor.hooks.api.Answers.EMPTY, "no " + family.label() + " shared network with name '" + name
                + "' found"));
    }

    /** @return the subnet with {@code id}, refused with {@code result} when there is none */
    Located existing(long id, int result) throws ConfigurationRejectedException {
        return byId(id).orElseThrow(() -> new ConfigurationRejectedException(result,
                "no " + family.label() + " subnet with id " + id + " found"));
    }

    /** @return the list of subnets of a shared network, created when absent */
    List<Object> subnetsOf(Map<String, Object> network) {
        return Json.list(network, family.subnetKey());
    }
}
