package org.nestor.hooks.subnetcmds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nestor.hooks.api.config.ConfigurationRejectedException;

/** Reading command arguments and configuration values (the hooks API's JSON shapes), with Kea's refusals. */
final class Json {
    private Json() {
    }

    /** @return the arguments as a map, refused as Kea refuses a command without them */
    static Map<String, Object> arguments(Map<String, Object> arguments) throws ConfigurationRejectedException {
        if (arguments == null) {
            throw new ConfigurationRejectedException("Missing mandatory 'arguments' parameter.");
        }
        return arguments;
    }

    /** @return the integer {@code key}, refused when missing or not an integer */
    static long integer(Map<String, Object> map, String key) throws ConfigurationRejectedException {
        return typed(map, key, Long.class, "an integer");
    }

    /** @return the string {@code key}, refused when missing or not a string */
    static String string(Map<String, Object> map, String key) throws ConfigurationRejectedException {
        return typed(map, key, String.class, "a string");
    }

    private static <T> T typed(Map<String, Object> map, String key, Class<T> type, String what)
            throws ConfigurationRejectedException {
        Object value = map.get(key);
        if (value == null) {
            throw new ConfigurationRejectedException("missing parameter '" + key + "'");
        }
        if (!type.isInstance(value)) {
            throw new ConfigurationRejectedException("'" + key + "' parameter must be " + what);
        }
        return type.cast(value);
    }

    /** @return the only map of the list {@code key} ({@code "subnet4": [ {...} ]}), refused otherwise */
    static Map<String, Object> single(Map<String, Object> map, String key) throws ConfigurationRejectedException {
        if (!(map.get(key) instanceof List<?> list)) {
            throw new ConfigurationRejectedException("missing '" + key + "' parameter or it is not a list");
        }
        if (list.size() != 1) {
            throw new ConfigurationRejectedException("exactly one entry is expected in '" + key + "', got "
                    + list.size());
        }
        if (!(list.get(0) instanceof Map<?, ?> entry)) {
            throw new ConfigurationRejectedException("the entry of '" + key + "' must be a map");
        }
        return mapOf(entry);
    }

    /** @return {@code value} as a mutable map (the configuration copies are mutable already) */
    @SuppressWarnings("unchecked")
    static Map<String, Object> mapOf(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
    }

    /** @return the list {@code key} of {@code map}, created empty when absent */
    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value instanceof List<?> l) {
            return (List<Object>) l;
        }
        List<Object> created = new ArrayList<>();
        map.put(key, created);
        return created;
    }

    /** @return the maps of the list {@code key} of {@code map}, empty when absent */
    static List<Map<String, Object>> maps(Map<String, Object> map, String key) {
        List<Map<String, Object>> maps = new ArrayList<>();
        if (map.get(key) instanceof List<?> l) {
            l.stream().filter(Map.class::isInstance).forEach(m -> maps.add(mapOf(m)));
        }
        return maps;
    }

    /** @return {@code {"id": ..., "subnet": ...}} of a subnet, as Kea's answers list subnets */
    static Map<String, Object> brief(Map<String, Object> subnet) {
        Map<String, Object> brief = new LinkedHashMap<>();
        brief.put("id", subnet.get("id"));
        brief.put("subnet", subnet.get("subnet"));
        return brief;
    }
}
