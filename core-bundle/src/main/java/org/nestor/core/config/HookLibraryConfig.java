package org.nestor.core.config;

import org.nestor.core.json.JsonObject;

/**
 * One {@code hooks-libraries} entry.
 *
 * @param library the library path as written (Nestor maps Kea's library names to hook bundles)
 * @param parameters its {@code parameters} map, empty when absent
 */
public record HookLibraryConfig(String library, JsonObject parameters) {
}
