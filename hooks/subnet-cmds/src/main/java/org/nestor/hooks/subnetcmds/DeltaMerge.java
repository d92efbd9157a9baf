package org.nestor.hooks.subnetcmds;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nestor.hooks.api.config.ConfigurationRejectedException;

/**
 * subnet4-delta-add and -delta-del as Kea's manual describes them: scalars are set or removed; options are found by
 * {@code name} or {@code code} (and {@code space}, {@code dhcp4} when absent); pools by their {@code pool} text
 * (spaces ignored), with their own options merged the same way. An option written by name only is not found by
 * code, nor the reverse: the configuration does not carry both.
 */
final class DeltaMerge {
    private static final String OPTIONS = "option-data";
    private static final String POOLS = "pools";

    private final Family family;

    DeltaMerge(Family family) {
        this.family = family;
    }

    /** Adds or overwrites the parts of {@code subnet} that {@code delta} gives. */
    void add(Map<String, Object> subnet, Map<String, Object> delta) {
        for (Map.Entry<String, Object> e : delta.entrySet()) {
            switch (e.getKey()) {
                case "id" -> { }
                case OPTIONS -> addOptions(subnet, e.getValue());
                case POOLS -> {
                    List<Object> pools = Json.list(subnet, POOLS);
                    for (Map<String, Object> pool : Json.maps(delta, POOLS)) {
                        Map<String, Object> existing = poolIn(pools, pool);
                        if (existing == null) {
                            pools.add(new LinkedHashMap<>(pool));
                        } else {
                            pool.forEach((k, v) -> {
                                if (OPTIONS.equals(k)) {
                                    addOptions(existing, v);
                                } else {
                                    existing.put(k, v);
                                }
                            });
                        }
                    }
                }
                default -> subnet.put(e.getKey(), e.getValue());
            }
        }
    }

    /** Removes from {@code subnet} the parts {@code delta} names; a named pool that is not there is refused. */
    void remove(Map<String, Object> subnet, Map<String, Object> delta) throws ConfigurationRejectedException {
        for (Map.Entry<String, Object> e : delta.entrySet()) {
            switch (e.getKey()) {
                case "id", "subnet" -> { }
                case OPTIONS -> removeOptions(subnet, e.getValue());
                case POOLS -> {
                    List<Object> pools = Json.list(subnet, POOLS);
                    for (Map<String, Object> pool : Json.maps(delta, POOLS)) {
                        Map<String, Object> existing = poolIn(pools, pool);
                        if (existing == null) {
                            throw new ConfigurationRejectedException("no pool '" + pool.get("pool") + "' in "
                                    + family.label() + " subnet " + subnet.get("subnet"));
                        }
                        if (pool.containsKey(OPTIONS)) {
                            removeOptions(existing, pool.get(OPTIONS));
                        } else {
                            pools.removeIf(p -> p == existing);
                        }
                    }
                }
                default -> subnet.remove(e.getKey());
            }
        }
    }

    private static Map<String, Object> poolIn(List<Object> pools, Map<String, Object> pool) {
        String key = poolKey(pool.get("pool"));
        for (Object p : pools) {
            if (p instanceof Map<?, ?> m && key != null && key.equals(poolKey(m.get("pool")))) {
                return Json.mapOf(m);
            }
        }
        return null;
    }

    private static String poolKey(Object text) {
        return text instanceof String s ? s.replaceAll("\\s", "") : null;
    }

    private void addOptions(Map<String, Object> scope, Object given) {
        List<Object> options = Json.list(scope, OPTIONS);
        for (Object o : given instanceof List<?> l ? l : List.of()) {
            if (!(o instanceof Map<?, ?> option)) {
                continue;
            }
            int at = indexOf(options, option);
            if (at < 0) {
                options.add(option);
            } else {
                options.set(at, option);
            }
        }
    }

    private void removeOptions(Map<String, Object> scope, Object given) {
        List<Object> options = Json.list(scope, OPTIONS);
        for (Object o : given instanceof List<?> l ? l : List.of()) {
            if (o instanceof Map<?, ?> option) {
                int at = indexOf(options, option);
                if (at >= 0) {
                    options.remove(at);
                }
            }
        }
    }

    private int indexOf(List<Object> options, Map<?, ?> wanted) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i) instanceof Map<?, ?> o && sameOption(o, wanted)) {
                return i;
            }
        }
        return -1;
    }

    private boolean sameOption(Map<?, ?> a, Map<?, ?> b) {
        if (!space(a).equals(space(b))) {
            return false;
        }
        boolean byName = a.get("name") != null && Objects.equals(a.get("name"), b.get("name"));
        boolean byCode = a.get("code") != null && Objects.equals(a.get("code"), b.get("code"));
        return byName || byCode;
    }

    private String space(Map<?, ?> option) {
        return option.get("space") instanceof String s ? s : family.optionSpace();
    }
}
