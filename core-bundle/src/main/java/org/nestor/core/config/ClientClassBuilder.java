package org.nestor.core.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nestor.core.json.JsonArray;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonString;
import org.nestor.core.json.JsonValue;

/**
 * Builds {@code client-classes}: unique names, test text kept for the classification package, and (as Kea) a
 * {@code member('X')} in a test must name a built-in class or one defined earlier.
 */
final class ClientClassBuilder {
    private static final Pattern MEMBER = Pattern.compile("member\\s*\\(\\s*'([^']*)'\\s*\\)");
    private static final Set<String> BUILT_IN = Set.of("ALL", "KNOWN", "UNKNOWN", "BOOTP", "DROP");
    private static final List<String> BUILT_IN_PREFIXES = List.of("VENDOR_CLASS_", "HA_", "AFTER_", "EXTERNAL_",
            "SPAWN_");

    private ClientClassBuilder() {
    }

    static List<ClientClassDef> build(JsonArray list, OptionDataBuilder options) throws ConfigException {
        if (list == null) return List.of();
        List<ClientClassDef> out = new ArrayList<>();
        Set<String> defined = new HashSet<>();
        for (JsonValue item : list.items()) {
            JsonObject o = (JsonObject) item;
            ScopeChain c = new ScopeChain(o);
            String name = c.str("name", "");
            if (name.isEmpty()) throw new ConfigException(o.position(), "Client Class name cannot be blank");
            if (defined.contains(name)) {
                throw new ConfigException(o.position(), "Can't add class: Client Class: " + name
                        + " has already been defined");
            }
            String test = c.str("test", "");
            checkMembers(test, defined, o.get("test"));
            defined.add(name);
            JsonValue ns = o.get("next-server");
            Integer nextServer = ns == null ? null : Addresses.parse(((JsonString) ns).value(), ns.position());
            boolean hasLifetime = o.has("valid-lifetime") || o.has("min-valid-lifetime")
                    || o.has("max-valid-lifetime");
            out.add(new ClientClassDef(name, test, c.bool("only-if-required", false),
                    options.build((JsonArray) o.get("option-data")), nextServer, c.str("server-hostname", null),
                    c.str("boot-file-name", null), hasLifetime ? ParametersBuilder.lifetime(c, o) : null));
        }
        return List.copyOf(out);
    }

    private static void checkMembers(String test, Set<String> defined, JsonValue at) throws ConfigException {
        Matcher m = MEMBER.matcher(test);
        while (m.find()) {
            String ref = m.group(1);
            if (defined.contains(ref) || BUILT_IN.contains(ref)) continue;
            if (BUILT_IN_PREFIXES.stream().anyMatch(ref::startsWith)) continue;
            throw new ConfigException(at.position(), "expression: [" + test + "] error: Not defined client class '"
                    + ref + "'");
        }
    }
}
