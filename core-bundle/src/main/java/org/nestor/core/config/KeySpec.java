package org.nestor.core.config;

import java.util.Set;
import org.nestor.core.json.JsonKind;

/**
 * What one key of a configuration map accepts.
 *
 * @param name the key
 * @param kind the JSON kind of its value
 * @param child for maps and lists of maps: the table their members follow; null for free-form maps or scalars
 * @param choices for strings: the only values allowed (Kea's grammar keywords), empty = any
 * @param since the Kea version that introduced the key when after 2.2 (Nestor accepts it), empty otherwise
 */
public record KeySpec(String name, JsonKind kind, KeyTable child, Set<String> choices, String since) {
}
