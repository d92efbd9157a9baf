package org.nestor.core.server;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import org.nestor.core.config.Dhcp4Config;
import org.nestor.core.config.Subnet4;
import org.nestor.core.hooks.JsonValues;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonValue;
import org.nestor.hooks.api.config.ConfigurationEdit;
import org.nestor.hooks.api.config.ConfigurationRejectedException;
import org.nestor.hooks.api.config.ServerConfiguration4;

/**
 * A {@link Dhcp4Server}'s configuration for hooks: read as {@code config-get} reads it, changed through the path
 * {@code config-set} takes ({@link Dhcp4Server#applyTree}), so the same parser checks it and the same parts are
 * swapped. The read, the edit and the apply run under the server's monitor, the lock every reconfiguration of the
 * server (config-set, config-reload, SIGHUP) holds, so concurrent updates cannot lose each other.
 */
public final class RunningConfiguration4 implements ServerConfiguration4 {
    private final Dhcp4Server server;

    /** @param server the server whose configuration this is; it must be running for {@link #update} to succeed */
    public RunningConfiguration4(Dhcp4Server server) {
        this.server = server;
    }

    /** Subnets written without an {@code id} show the id the server gave them, as Kea's config-get shows them. */
    @Override
    public Map<String, Object> current() {
        Dhcp4Config config = server.config();
        Map<String, Object> dhcp4 = dhcp4Of(config.source());
        Iterator<Subnet4> ids = config.subnets().iterator();
        for (Object network : listOf(dhcp4.get("shared-networks"))) {
            if (network instanceof Map<?, ?> n) {
                giveIds(listOf(n.get("subnet4")), ids);
            }
        }
        giveIds(listOf(dhcp4.get("subnet4")), ids);
        return dhcp4;
    }

    /** Walks subnets in the parser's order (networks' first, then the global list) alongside their models. */
    @SuppressWarnings("unchecked")
    private static void giveIds(List<Object> subnets, Iterator<Subnet4> models) {
        for (ListIterator<Object> it = subnets.listIterator(); it.hasNext() && models.hasNext(); ) {
            long id = models.next().id();
            if (it.next() instanceof Map<?, ?> subnet && !(subnet.get("id") instanceof Long given && given != 0)) {
                Map<String, Object> withId = new LinkedHashMap<>();
                withId.put("id", id);
                ((Map<String, Object>) subnet).forEach((k, v) -> {
                    if (!"id".equals(k)) {
                        withId.put(k, v);
                    }
                });
                it.set(withId);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> listOf(Object value) {
        return value instanceof List ? (List<Object>) value : List.of();
    }

    @Override
    public Map<String, Object> update(ConfigurationEdit edit) throws ConfigurationRejectedException {
        synchronized (server) {
            Map<String, Object> dhcp4 = current();
            edit.edit(dhcp4);
            JsonObject root = treeOf(server.config().source(), dhcp4);
            try {
                server.applyTree(root);
            } catch (InvalidConfigException e) {
                throw new ConfigurationRejectedException(e.getMessage());
            }
            return current();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> dhcp4Of(JsonObject root) {
        Object dhcp4 = JsonValues.toMap(root).get("Dhcp4");
        return dhcp4 instanceof Map ? (Map<String, Object>) dhcp4 : new LinkedHashMap<>();
    }

    /** @return the file's tree with {@code dhcp4} in place of its {@code Dhcp4}, other sections as they were */
    private static JsonObject treeOf(JsonObject file, Map<String, Object> dhcp4)
            throws ConfigurationRejectedException {
        Map<String, Object> root = JsonValues.toMap(file);
        root.put("Dhcp4", dhcp4);
        JsonValue tree;
        try {
            tree = JsonValues.toJson(root);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationRejectedException("the changed configuration is not JSON: " + e.getMessage());
        }
        return (JsonObject) tree;
    }
}
