package org.nestor.core.logging;

import java.util.Map;
import java.util.Optional;

/**
 * Keys of pax-logging's log4j2 properties ({@code log4j2.logger.<key>.name = kea-dhcp4.packets},
 * {@code log4j2.appender.<key>.type = Console}): finding, removing and allocating the {@code <key>} parts.
 */
final class PropertyKeys {

    static final String LOGGER = "log4j2.logger.";
    static final String APPENDER = "log4j2.appender.";

    private PropertyKeys() {
    }

    /**
     * A key part made of a logger name: characters other than letters, digits and {@code _} become {@code _}
     * (a dot would split the key, and other characters are not safe in every ConfigurationAdmin store).
     */
    static String sanitise(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            key.append(c < 128 && (Character.isLetterOrDigit(c) || c == '_') ? c : '_');
        }
        return key.toString();
    }

    /** @return the key part of the logger whose {@code name} property is {@code loggerName}, if any */
    static Optional<String> loggerKey(Map<String, String> properties, String loggerName) {
        return properties.entrySet().stream()
                .filter(e -> e.getKey().startsWith(LOGGER) && e.getKey().endsWith(".name"))
                .filter(e -> e.getValue().trim().equals(loggerName))
                .map(e -> e.getKey().substring(LOGGER.length(), e.getKey().length() - ".name".length()))
                .filter(key -> key.indexOf('.') < 0)
                .findFirst();
    }

    /** Removes every property of the logger named {@code loggerName}, so that a new definition replaces it. */
    static void removeLogger(Map<String, String> properties, String loggerName) {
        loggerKey(properties, loggerName).ifPresent(key ->
                properties.keySet().removeIf(k -> k.startsWith(LOGGER + key + ".")));
    }

    /**
     * A key part under {@code prefix} that no property uses yet: {@code wanted}, else {@code wanted_2},
     * {@code wanted_3}...
     */
    static String unused(Map<String, String> properties, String prefix, String wanted) {
        String key = wanted;
        for (int n = 2; inUse(properties, prefix + key + "."); n++) {
            key = wanted + "_" + n;
        }
        return key;
    }

    private static boolean inUse(Map<String, String> properties, String keyPrefix) {
        return properties.keySet().stream().anyMatch(k -> k.startsWith(keyPrefix));
    }
}
