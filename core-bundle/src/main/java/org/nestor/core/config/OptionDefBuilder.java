package org.nestor.core.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nestor.core.json.JsonArray;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonValue;
import org.nestor.core.wire.options.OptionDataType;
import org.nestor.core.wire.options.OptionDefinition;
import org.nestor.core.wire.options.OptionDefinitions;

/** Builds custom option definitions from {@code option-def} lists, refusing what Kea refuses. */
final class OptionDefBuilder {
    private OptionDefBuilder() {
    }

    /** Adds the definitions of {@code list} (may be null) to {@code out}. */
    static void build(JsonArray list, OptionDefinitions standard, List<OptionDefinition> out)
            throws ConfigException {
        if (list == null) return;
        Set<String> seen = new HashSet<>();
        for (OptionDefinition d : out) seen.add(d.space() + "/" + d.code());
        for (JsonValue item : list.items()) {
            JsonObject o = (JsonObject) item;
            ScopeChain c = new ScopeChain(o);
            String name = c.str("name", "");
            String space = c.str("space", "dhcp4");
            long code = c.lng("code", 0);
            if (code < 1 || code > 254 && "dhcp4".equals(space) || code > 65535) {
                throw new ConfigException(o.position(), "invalid option code '" + code + "': the option code "
                        + "must be in range 1..254 (" + name + ")");
            }
            if (!name.matches("[A-Za-z0-9_-]+")) {
                throw new ConfigException(o.position(), "invalid option name '" + name + "'");
            }
            OptionDataType type = type(c.str("type", ""), o);
            List<OptionDataType> fields = new ArrayList<>();
            for (String f : c.str("record-types", "").split(",")) {
                if (!f.isBlank()) fields.add(type(f.trim(), o));
            }
            if (type == OptionDataType.RECORD && fields.isEmpty()) {
                throw new ConfigException(o.position(), "option definition of type 'record' requires record-types ("
                        + name + ")");
            }
            if ("dhcp4".equals(space) && standard.byCode(space, (int) code).isPresent()) {
                throw new ConfigException(o.position(), "unable to override definition of option '" + code
                        + "' in standard option space '" + space + "'");
            }
            if (!seen.add(space + "/" + code)) {
                throw new ConfigException(o.position(), "option definition with code '" + code
                        + "' already exists in option space '" + space + "'");
            }
            out.add(new OptionDefinition(name, (int) code, space, type, c.bool("array", false), fields,
                    c.str("encapsulate", "")));
        }
    }

    private static OptionDataType type(String name, JsonObject at) throws ConfigException {
        OptionDataType t = OptionDataType.byKeaName(name);
        if (t == null) throw new ConfigException(at.position(), "incorrect option type '" + name + "'");
        return t;
    }
}
