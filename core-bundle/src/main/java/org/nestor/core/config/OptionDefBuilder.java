package org.nestor.core.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nestor.core.json.JsonArray;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonValue;
import org.nestor.core.wire.options.OptionDataType;
import org.nestor.core.wire.options.OptionDefinition;
import org.nestor.core.wire.options.OptionDefinitionSet;

/** Builds custom option definitions from {@code option-def} lists, refusing what Kea refuses. */
final class OptionDefBuilder {
    private static final int VENDOR_ENCAPSULATED = 43;

    private OptionDefBuilder() {
    }

    /** Adds the definitions of a global {@code option-def} list (may be null) to {@code out}. */
    static void build(JsonArray list, List<OptionDefinition> out)
            throws ConfigException {
        build(list, out, false);
    }

    /**
     * Adds the definitions of {@code list} (may be null) to {@code out}; in a client class Kea 2.2 allows only
     * option 43 of {@code dhcp4} to be defined.
     */
    static void build(JsonArray list, List<OptionDefinition> out, boolean inClientClass)
            throws ConfigException {
        if (list == null) return;
        for (JsonValue item : list.items()) {
            JsonObject o = (JsonObject) item;
            ScopeChain c = new ScopeChain(o);
            String name = c.str("name", "");
            String space = c.str("space", "dhcp4");
            long code = c.lng("code", 0);
            OptionDataType type = type(c.str("type", ""), o);
            List<OptionDataType> fields = new ArrayList<>();
            for (String f : c.str("record-types", "").split(",")) {
                if (!f.isBlank()) fields.add(type(f.trim(), o));
            }
            if (code < 0 || code > 65535) {
                throw new ConfigException(o.position(), "invalid option code '" + code + "'");
            }
            if (inClientClass && !("dhcp4".equals(space) && code == VENDOR_ENCAPSULATED)) {
                throw new ConfigException(o.position(), "Not allowed option definition for code '" + code
                        + "' in space '" + space + "'");
            }
            OptionDefinition def = new OptionDefinition(name, (int) code, space, type, c.bool("array", false),
                    fields, c.str("encapsulate", ""));
            // Kea lets option 43 be redefined in dhcp4 (its content is vendor-specific); every other check is
            // the wire package's rule set
            Optional<String> error = "dhcp4".equals(space) && code == VENDOR_ENCAPSULATED
                    ? Optional.empty() : OptionDefinitionSet.customDefinitionError(out, def);
            if (error.isPresent()) throw new ConfigException(o.position(), error.get());
            out.add(def);
        }
    }

    private static OptionDataType type(String name, JsonObject at) throws ConfigException {
        OptionDataType t = OptionDataType.byKeaName(name);
        if (t == null) throw new ConfigException(at.position(), "incorrect option type '" + name + "'");
        return t;
    }
}
