package org.nestor.core.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nestor.core.json.JsonKind;

/**
 * The keys one kind of configuration map accepts (Kea 2.2's grammar plus the 2.4–2.6 additions), which of them
 * are required, and how Kea words an unknown key. Built once with the fluent methods, then read-only.
 */
public final class KeyTable {
    private final String mapName;
    private final Map<String, KeySpec> keys = new LinkedHashMap<>();
    private List<String> required = List.of();
    private boolean strictKeywords;
    private boolean open;
    private boolean emptyAllowed = true;

    /** @param mapName how Kea names the map in messages ({@code Dhcp4}, {@code subnet4}, ...) */
    public KeyTable(String mapName) {
        this.mapName = mapName;
    }

    /** @return the map's name in messages */
    public String mapName() {
        return mapName;
    }

    /** @return the spec of {@code key}, or null when the map does not accept it */
    public KeySpec spec(String key) {
        return keys.get(key);
    }

    /** @return every accepted key */
    public Map<String, KeySpec> keys() {
        return keys;
    }

    /** @return keys that must be present */
    public List<String> required() {
        return required;
    }

    /** @return whether Kea's grammar lists this map's keys as keywords (unknown key = plain syntax error) */
    public boolean strictKeywords() {
        return strictKeywords;
    }

    /** @return whether unknown keys are accepted (Kea passes the map on as is) */
    public boolean open() {
        return open;
    }

    /** @return whether Kea accepts the map empty */
    public boolean emptyAllowed() {
        return emptyAllowed;
    }

    KeyTable add(String name, JsonKind kind) {
        keys.put(name, new KeySpec(name, kind, null, Set.of(), ""));
        return this;
    }

    KeyTable add(String name, JsonKind kind, KeyTable child) {
        keys.put(name, new KeySpec(name, kind, child, Set.of(), ""));
        return this;
    }

    KeyTable choice(String name, String... values) {
        keys.put(name, new KeySpec(name, JsonKind.STRING, null, Set.of(values), ""));
        return this;
    }

    KeyTable since(String version, String name, JsonKind kind) {
        keys.put(name, new KeySpec(name, kind, null, Set.of(), version));
        return this;
    }

    KeyTable since(String version, String name, JsonKind kind, KeyTable child) {
        keys.put(name, new KeySpec(name, kind, child, Set.of(), version));
        return this;
    }

    KeyTable ints(String... names) {
        for (String n : names) add(n, JsonKind.INTEGER);
        return this;
    }

    KeyTable strings(String... names) {
        for (String n : names) add(n, JsonKind.STRING);
        return this;
    }

    KeyTable bools(String... names) {
        for (String n : names) add(n, JsonKind.BOOLEAN);
        return this;
    }

    KeyTable reals(String... names) {
        for (String n : names) add(n, JsonKind.REAL);
        return this;
    }

    KeyTable commented() {
        add("user-context", JsonKind.OBJECT);
        return add("comment", JsonKind.STRING);
    }

    KeyTable require(String... names) {
        required = List.of(names);
        return this;
    }

    KeyTable strict() {
        strictKeywords = true;
        return this;
    }

    KeyTable openMap() {
        open = true;
        return this;
    }

    KeyTable nonEmpty() {
        emptyAllowed = false;
        return this;
    }

    KeyTable copyKeys(KeyTable other) {
        keys.putAll(other.keys);
        return this;
    }
}
