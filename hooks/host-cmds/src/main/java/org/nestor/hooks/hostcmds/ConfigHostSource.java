package org.nestor.hooks.hostcmds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.nestor.hooks.api.config.ConfigurationRejectedException;
import org.nestor.hooks.api.config.ServerConfiguration4;

/**
 * Hosts held in the running configuration: {@code Dhcp4.reservations} (subnet-id 0) and each subnet's
 * {@code reservations}, in shared networks too. Changes go through {@link ServerConfiguration4#update}, so the
 * server's parser refuses conflicts (an identifier or address already reserved in the scope) with Kea's texts, and
 * config-write persists them.
 */
public final class ConfigHostSource implements HostSource {
    private static final String RESERVATIONS = "reservations";
    private static final String SUBNETS = "subnet4";

    private final ServerConfiguration4 configuration;

    public ConfigHostSource(ServerConfiguration4 configuration) {
        this.configuration = configuration;
    }

    @Override
    public List<Host> hosts() {
        Map<String, Object> config = configuration.current();
        List<Host> hosts = new ArrayList<>();
        reservationsOf(config).forEach(r -> hosts.add(new Host(0, r)));
        List<Map<String, Object>> subnets = subnets(config);
        subnets.sort(Comparator.comparingLong(ConfigHostSource::idOf));
        for (Map<String, Object> subnet : subnets) {
            reservationsOf(subnet).forEach(r -> hosts.add(new Host(idOf(subnet), r)));
        }
        return hosts;
    }

    @Override
    public boolean subnetExists(long subnetId) {
        return subnetId == 0 || subnets(configuration.current()).stream().anyMatch(s -> idOf(s) == subnetId);
    }

    @Override
    public void add(Host host) throws ConfigurationRejectedException {
        configuration.update(config -> list(scope(config, host.subnetId())).add(stored(host)));
    }

    @Override
    public boolean update(Host host) throws ConfigurationRejectedException {
        HostIdentifier id = HostIdentifier.of(host.reservation());
        return change(host.subnetId(), (list, i) -> list.set(i, stored(host)),
                r -> id != null && id.matches(r));
    }

    @Override
    public boolean delete(long subnetId, Predicate<Host> which) throws ConfigurationRejectedException {
        return change(subnetId, List::remove, r -> which.test(new Host(subnetId, r)));
    }

    /** What to do with the first matching reservation of a scope's list. */
    @FunctionalInterface
    private interface ListChange {
        void apply(List<Object> list, int index);
    }

    private boolean change(long subnetId, ListChange change, Predicate<Map<String, Object>> which)
            throws ConfigurationRejectedException {
        try {
            configuration.update(config -> {
                List<Object> list = list(scope(config, subnetId));
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof Map<?, ?> r && which.test(mapOf(r))) {
                        change.apply(list, i);
                        return;
                    }
                }
                throw new NotFound();
            });
            return true;
        } catch (NotFound e) {
            return false;
        }
    }

    /** Aborts an update that found nothing to change. */
    private static final class NotFound extends ConfigurationRejectedException {
        private static final long serialVersionUID = 1L;

        NotFound() {
            super("not found");
        }
    }

    private static Map<String, Object> stored(Host host) {
        Map<String, Object> r = new LinkedHashMap<>(host.reservation());
        r.remove("subnet-id");
        return r;
    }

    /** @return the map holding the reservations of {@code subnetId}: the global map for 0 */
    private static Map<String, Object> scope(Map<String, Object> config, long subnetId)
            throws ConfigurationRejectedException {
        if (subnetId == 0) {
            return config;
        }
        return subnets(config).stream().filter(s -> idOf(s) == subnetId).findFirst()
                .orElseThrow(() -> new ConfigurationRejectedException("IPv4 subnet with id " + subnetId
                        + " does not exist"));
    }

    /** @return every subnet map, those of shared networks included (the maps of {@code config}, not copies) */
    private static List<Map<String, Object>> subnets(Map<String, Object> config) {
        List<Map<String, Object>> subnets = new ArrayList<>();
        for (Object network : listOf(config.get("shared-networks"))) {
            if (network instanceof Map<?, ?> n) {
                listOf(n.get(SUBNETS)).forEach(s -> subnets.add(mapOf(s)));
            }
        }
        listOf(config.get(SUBNETS)).forEach(s -> subnets.add(mapOf(s)));
        return subnets;
    }

    private static List<Map<String, Object>> reservationsOf(Map<String, Object> scope) {
        List<Map<String, Object>> maps = new ArrayList<>();
        listOf(scope.get(RESERVATIONS)).stream().filter(Map.class::isInstance).forEach(r -> maps.add(mapOf(r)));
        return maps;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> scope) {
        if (!(scope.get(RESERVATIONS) instanceof List<?>)) {
            scope.put(RESERVATIONS, new ArrayList<>());
        }
        return (List<Object>) scope.get(RESERVATIONS);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> listOf(Object value) {
        return value instanceof List<?> l ? (List<Object>) l : List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapOf(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static long idOf(Map<String, Object> subnet) {
        return subnet.get("id") instanceof Long id ? id : 0;
    }
}
