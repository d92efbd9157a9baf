package org.nestor.core.hooks;

import java.util.HashMap;
import java.util.Map;

/** The per-library contexts of one packet, kept across its hook points (Kea's callout context). */
public final class PacketContexts {
    private final Map<String, Map<String, Object>> byLibrary = new HashMap<>(4);

    synchronized Object get(String library, String name) {
        Map<String, Object> c = byLibrary.get(library);
        return c == null ? null : c.get(name);
    }

    synchronized void set(String library, String name, Object value) {
        byLibrary.computeIfAbsent(library, l -> new HashMap<>()).put(name, value);
    }
}
