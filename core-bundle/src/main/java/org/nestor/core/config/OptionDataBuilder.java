package org.nestor.core.config;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nestor.core.json.JsonArray;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonValue;
import org.nestor.core.wire.options.OptionDefinition;
import org.nestor.core.wire.options.OptionDefinitions;
import org.nestor.core.wire.options.OptionValues;

/** Turns {@code option-data} lists into ready-to-send options, encoding each value once, at configuration time. */
final class OptionDataBuilder {
    private final OptionDefinitions definitions;

    OptionDataBuilder(OptionDefinitions definitions) {
        this.definitions = definitions;
    }

    /**
     * @return the options of {@code list} (empty when null); an option whose definition encapsulates a space
     *         carries the options of that space configured at the same level as its sub-options (e.g. option 43
     *         with a PXE menu), as Kea packs them when the configuration is committed
     */
    List<ConfiguredOption> build(JsonArray list) throws ConfigException {
        if (list == null) return List.of();
        List<ConfiguredOption> out = new ArrayList<>(list.size());
        for (JsonValue item : list.items()) out.add(one((JsonObject) item));
        for (int i = 0; i < out.size(); i++) {
            out.set(i, encapsulate(out.get(i), out));
        }
        return List.copyOf(out);
    }

    private ConfiguredOption encapsulate(ConfiguredOption parent, List<ConfiguredOption> level) {
        String space = definitions.byCode(parent.space(), parent.code()).map(OptionDefinition::encapsulate)
                .orElse("");
        if (space.isEmpty()) {
            return parent;
        }
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        payload.writeBytes(parent.payload());
        boolean any = false;
        for (ConfiguredOption sub : level) {
            if (space.equals(sub.space())) {
                payload.write(sub.code());
                payload.write(sub.payload().length);
                payload.writeBytes(sub.payload());
                any = true;
            }
        }
        return any ? new ConfiguredOption(parent.code(), parent.space(), payload.toByteArray(), parent.alwaysSend(),
                parent.neverSend()) : parent;
    }

    private ConfiguredOption one(JsonObject o) throws ConfigException {
        ScopeChain c = new ScopeChain(o);
        String name = c.str("name", null);
        Long code = c.optLong("code");
        String space = c.str("space", "dhcp4");
        if (name == null && code == null) {
            throw new ConfigException(o.position(), "option data configuration requires one of 'code' or 'name' "
                    + "parameters to be specified");
        }
        if (code != null && (code < 0 || code > 255)) {
            throw new ConfigException(o.position(), "invalid option code '" + code
                    + "', it must not be greater than '255'");
        }
        Optional<OptionDefinition> def = name != null ? definitions.byName(space, name)
                : definitions.byCode(space, code.intValue());
        if (name != null && def.isEmpty()) {
            throw new ConfigException(o.position(), "definition for the option '" + space + "." + name
                    + "' having code '" + (code == null ? 0 : code) + "' does not exist");
        }
        if (def.isPresent() && code != null && def.get().code() != code) {
            throw new ConfigException(o.position(), "option '" + name + "' has code " + def.get().code()
                    + ", not " + code);
        }
        boolean csv = c.bool("csv-format", true);
        String data = c.str("data", "");
        byte[] payload;
        try {
            payload = def.isPresent() ? OptionValues.encode(def.get(), data, csv) : OptionValues.parseHex(data);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(o.position(), e.getMessage());
        }
        int wireCode = def.isPresent() ? def.get().code() : code.intValue();
        return new ConfiguredOption(wireCode, space, payload, c.bool("always-send", false),
                c.bool("never-send", false));
    }
}
