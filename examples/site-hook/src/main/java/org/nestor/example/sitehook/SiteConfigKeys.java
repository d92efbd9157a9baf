package org.nestor.example.sitehook;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The library's parameters as Config Admin keys, for a deployment with no {@code hooks-libraries} entry
 * ({@code etc/org.nestor.hook.site_example.cfg}):
 * <pre>
 * blocked-mac-prefixes-file = /etc/nestor/blocked-macs.txt
 * circuit-classes.port-7 = lab-7
 * </pre>
 * Other keys (those Config Admin and DS add) are ignored.
 */
public final class SiteConfigKeys {
    private static final String CLASS_PREFIX = SiteSettings.CIRCUIT_CLASSES + ".";

    private SiteConfigKeys() {
    }

    /** @return the parameters the keys describe, in the shape of a {@code hooks-libraries} entry's; empty when none */
    public static Map<String, Object> toParameters(Map<String, ?> properties) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        Object file = properties.get(SiteSettings.BLOCKED_FILE);
        if (file != null && !file.toString().isBlank()) {
            parameters.put(SiteSettings.BLOCKED_FILE, file.toString().trim());
        }
        Map<String, Object> classes = new TreeMap<>();
        properties.forEach((key, value) -> {
            if (key.startsWith(CLASS_PREFIX) && key.length() > CLASS_PREFIX.length() && value != null) {
                classes.put(key.substring(CLASS_PREFIX.length()), value.toString().trim());
            }
        });
        if (!classes.isEmpty()) {
            parameters.put(SiteSettings.CIRCUIT_CLASSES, classes);
        }
        return parameters;
    }
}
