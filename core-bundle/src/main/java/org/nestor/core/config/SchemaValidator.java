package org.nestor.core.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nestor.core.json.JsonArray;
import org.nestor.core.json.JsonKind;
import org.nestor.core.json.JsonMember;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonString;
import org.nestor.core.json.JsonValue;

/**
 * The syntax pass Kea's grammar makes before any semantic check: every key known for its map, no key twice,
 * values of the right kind, required keys present. Deprecated keys and post-2.2 keys are reported as warnings.
 */
final class SchemaValidator {
    private final List<String> warnings;

    SchemaValidator(List<String> warnings) {
        this.warnings = warnings;
    }

    /** Checks {@code map} and everything under it against {@code table}. */
    void check(JsonObject map, KeyTable table) throws ConfigException {
        if (table.open()) {
            checkKnownOnly(map, table);
            return;
        }
        if (map.size() == 0 && !table.emptyAllowed()) {
            throw new ConfigException(map.end(), "syntax error, unexpected }");
        }
        Map<String, JsonMember> seen = new HashMap<>();
        for (JsonMember m : map.members()) {
            KeySpec spec = table.spec(m.key());
            if (spec == null) throw unknownKey(m, table);
            JsonMember previous = seen.put(m.key(), m);
            if (previous != null) {
                throw new ConfigException(m.keyPosition(), "duplicate " + m.key() + " entries in " + table.mapName()
                        + " map (previous at " + previous.value().position().colonForm() + ")");
            }
            if (!spec.since().isEmpty()) {
                warnings.add(m.keyPosition() + ": \"" + m.key() + "\" is a Kea " + spec.since()
                        + " parameter; Kea 2.2 would refuse this configuration");
            }
            checkValue(m.value(), spec);
        }
        for (String key : table.required()) {
            if (!map.has(key)) {
                throw new ConfigException(map.position(), "missing parameter '" + key + "' (" + table.mapName()
                        + " map between " + map.position().colonForm() + " and " + map.end().colonForm() + ")");
            }
        }
    }

    private void checkKnownOnly(JsonObject map, KeyTable table) throws ConfigException {
        for (JsonMember m : map.members()) {
            KeySpec spec = table.spec(m.key());
            if (spec != null) checkValue(m.value(), spec);
        }
        for (String key : table.required()) {
            if (!map.has(key)) {
                throw new ConfigException(map.position(), "missing parameter '" + key + "' (" + table.mapName()
                        + " map between " + map.position().colonForm() + " and " + map.end().colonForm() + ")");
            }
        }
    }

    private void checkValue(JsonValue value, KeySpec spec) throws ConfigException {
        if (value.kind() != spec.kind()) {
            throw new ConfigException(value.position(), "syntax error, unexpected " + value.kind().keaName()
                    + ", expecting " + (spec.choices().isEmpty() ? spec.kind().keaName()
                    : String.join(" or ", spec.choices())));
        }
        if (!spec.choices().isEmpty() && !spec.choices().contains(((JsonString) value).value())) {
            throw new ConfigException(value.position(), "syntax error, unexpected constant string, expecting "
                    + String.join(" or ", spec.choices()) + " (got \"" + ((JsonString) value).value() + "\" for "
                    + spec.name() + ")");
        }
        if (spec.child() == null) return;
        if (value instanceof JsonObject child) {
            check(child, spec.child());
        } else if (value instanceof JsonArray list) {
            for (JsonValue item : list.items()) {
                if (!(item instanceof JsonObject entry)) {
                    throw new ConfigException(item.position(), "syntax error, unexpected " + item.kind().keaName()
                            + ", expecting {");
                }
                check(entry, spec.child());
            }
        }
    }

    private static ConfigException unknownKey(JsonMember m, KeyTable table) {
        if (table.strictKeywords()) {
            return new ConfigException(m.keyPosition(), "syntax error, unexpected constant string (\"" + m.key()
                    + "\" is not a " + table.mapName() + " parameter)");
        }
        return new ConfigException(m.keyPosition(), "got unexpected keyword \"" + m.key() + "\" in "
                + table.mapName() + " map.");
    }

    /** @return whether a value's kind is {@code kind} */
    static boolean is(JsonValue v, JsonKind kind) {
        return v != null && v.kind() == kind;
    }
}
