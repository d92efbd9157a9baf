package org.nestor.hooks.subnetcmds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nestor.hooks.api.config.ConfigurationEdit;
import org.nestor.hooks.api.config.ConfigurationRejectedException;
import org.nestor.hooks.api.config.ServerConfiguration4;

/**
 * A configuration service double: deep copies in and out, no parser (the server's checks are tested there). Shared
 * with host-cmds' tests through this module's test jar.
 */
public final class InMemoryConfiguration implements ServerConfiguration4 {
    private Map<String, Object> dhcp4;
    private int updates;

    public InMemoryConfiguration(Map<String, Object> dhcp4) {
        this.dhcp4 = copy(dhcp4);
    }

    @Override
    public synchronized Map<String, Object> current() {
        return copy(dhcp4);
    }

    @Override
    public synchronized Map<String, Object> update(ConfigurationEdit edit) throws ConfigurationRejectedException {
        Map<String, Object> next = copy(dhcp4);
        edit.edit(next);
        dhcp4 = copy(next);
        updates++;
        return current();
    }

    /** @return how many edits were applied */
    public synchronized int updates() {
        return updates;
    }

    /** @return a deep copy of maps and lists; other values as they are */
    @SuppressWarnings("unchecked")
    private static <T> T copy(T value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> c = new LinkedHashMap<>();
            m.forEach((k, v) -> c.put((String) k, copy(v)));
            return (T) c;
        }
        if (value instanceof List<?> l) {
            List<Object> c = new ArrayList<>();
            l.forEach(v -> c.add(copy(v)));
            return (T) c;
        }
        return value;
    }

    /** @return a map from alternating keys and values */
    public static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /** @return a mutable list of {@code items} */
    public static List<Object> list(Object... items) {
        return new ArrayList<>(List.of(items));
    }
}
