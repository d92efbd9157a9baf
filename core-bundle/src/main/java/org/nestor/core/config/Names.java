package org.nestor.core.config;

import java.util.ArrayList;
import java.util.List;
import org.nestor.core.json.JsonArray;
import org.nestor.core.json.JsonString;
import org.nestor.core.json.JsonValue;

/** Reads lists of names (class lists, interface lists) and refuses non-string items as Kea's grammar does. */
final class Names {
    private Names() {
    }

    /** @return the strings of {@code list} (a JsonArray or null) */
    static List<String> list(JsonValue list) throws ConfigException {
        if (list == null) return List.of();
        List<String> out = new ArrayList<>();
        for (JsonValue v : ((JsonArray) list).items()) {
            if (!(v instanceof JsonString s)) {
                throw new ConfigException(v.position(), "syntax error, unexpected " + v.kind().keaName()
                        + ", expecting constant string");
            }
            out.add(s.value());
        }
        return List.copyOf(out);
    }
}
