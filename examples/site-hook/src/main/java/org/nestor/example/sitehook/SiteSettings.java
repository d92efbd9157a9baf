package org.nestor.example.sitehook;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nestor.hooks.api.HookLoadException;

/**
 * The library's {@code parameters}:
 * <pre>{@code
 * { "blocked-mac-prefixes-file": "/etc/nestor/blocked-macs.txt",
 *   "circuit-classes": { "port-7": "lab-7" } }
 * }</pre>
 * Both are optional.
 *
 * @param blockedPrefixesFile the file listing blocked MAC prefixes, null when none
 * @param circuitClasses circuit-id (as text, or {@code 0x} and hex) to client class
 */
public record SiteSettings(Path blockedPrefixesFile, Map<String, String> circuitClasses) {
    /** Parameter naming the blocked-prefix file. */
    public static final String BLOCKED_FILE = "blocked-mac-prefixes-file";
    /** Parameter mapping circuit-ids to classes. */
    public static final String CIRCUIT_CLASSES = "circuit-classes";

    public SiteSettings {
        circuitClasses = Map.copyOf(circuitClasses);
    }

    /**
     * @param parameters the library's parameters as {@code HookLibrary#load} gets them
     * @throws HookLoadException naming the parameter in error
     */
    public static SiteSettings parse(Map<String, Object> parameters) throws HookLoadException {
        for (String key : parameters.keySet()) {
            if (!key.equals(BLOCKED_FILE) && !key.equals(CIRCUIT_CLASSES)) {
                throw new HookLoadException("unknown parameter '" + key + "' (expected " + BLOCKED_FILE + ", "
                        + CIRCUIT_CLASSES + ")");
            }
        }
        Object file = parameters.get(BLOCKED_FILE);
        if (file != null && !(file instanceof String)) {
            throw new HookLoadException("'" + BLOCKED_FILE + "' must be a string (a file name)");
        }
        Object classes = parameters.getOrDefault(CIRCUIT_CLASSES, Map.of());
        if (!(classes instanceof Map<?, ?> map)) {
            throw new HookLoadException("'" + CIRCUIT_CLASSES + "' must be a map of circuit-id to class name");
        }
        Map<String, String> circuitClasses = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getValue() instanceof String name) || name.isBlank()) {
                throw new HookLoadException("'" + CIRCUIT_CLASSES + "': the class of circuit-id '" + e.getKey()
                        + "' must be a non-empty string");
            }
            circuitClasses.put(e.getKey().toString(), name);
        }
        return new SiteSettings(file == null ? null : Path.of((String) file), circuitClasses);
    }
}
