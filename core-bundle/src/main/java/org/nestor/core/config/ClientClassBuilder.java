package org.nestor.core.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nestor.core.classify.ExpressionException;
import org.nestor.core.classify.ExpressionParser;
import org.nestor.core.json.JsonArray;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonString;
import org.nestor.core.json.JsonValue;
import org.nestor.core.wire.options.OptionDefinition;
import org.nestor.core.wire.options.OptionDefinitions;

/**
 * Builds {@code client-classes}: unique names, and every test compiled as Kea compiles it at configuration time
 * (syntax, option names, and {@code member('X')} naming a built-in class or one defined earlier), so a bad test
 * is refused with Kea's message and the position of the {@code test} value.
 */
final class ClientClassBuilder {
    private ClientClassBuilder() {
    }

    /**
     * @param definitions the global option definitions; a class's own {@code option-def} (only option 43, as
     *        Kea 2.2 allows) applies to that class's option-data only
     */
    static List<ClientClassDef> build(JsonArray list, OptionDefinitions definitions, ExpressionParser expressions)
            throws ConfigException {
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
            checkTest(expressions, test, defined, o.get("test"));
            defined.add(name);
            JsonValue ns = o.get("next-server");
            Integer nextServer = ns == null ? null : Addresses.parse(((JsonString) ns).value(), ns.position());
            boolean hasLifetime = o.has("valid-lifetime") || o.has("min-valid-lifetime")
                    || o.has("max-valid-lifetime");
            List<OptionDefinition> own = new ArrayList<>();
            OptionDefBuilder.build((JsonArray) o.get("option-def"), own, true);
            OptionDataBuilder options = new OptionDataBuilder(own.isEmpty() ? definitions
                    : new LayeredOptionDefinitions(() -> definitions, own));
            out.add(new ClientClassDef(name, test, c.bool("only-if-required", false),
                    options.build((JsonArray) o.get("option-data")), nextServer, c.str("server-hostname", null),
                    c.str("boot-file-name", null), hasLifetime ? ParametersBuilder.lifetime(c, o) : null));
        }
        return List.copyOf(out);
    }

    private static void checkTest(ExpressionParser expressions, String test, Set<String> defined, JsonValue at)
            throws ConfigException {
        if (test.isEmpty()) return;
        try {
            expressions.parse(test, defined);
        } catch (ExpressionException e) {
            throw new ConfigException(at.position(), e.keaConfigMessage());
        }
    }
}
