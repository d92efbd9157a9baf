package org.nestor.core.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.nestor.core.wire.options.OptionDefinition;
import org.nestor.core.wire.options.OptionDefinitions;

/** Custom {@code option-def} entries laid over a base set (the standard options): a custom one wins. */
final class LayeredOptionDefinitions implements OptionDefinitions {
    private final Supplier<OptionDefinitions> baseSupplier;
    private OptionDefinitions base;
    private final Map<String, OptionDefinition> byName = new LinkedHashMap<>();
    private final Map<String, OptionDefinition> byCode = new LinkedHashMap<>();

    /** @param base the standard set, asked for only when a lookup misses the custom ones */
    LayeredOptionDefinitions(Supplier<OptionDefinitions> base, List<OptionDefinition> custom) {
        this.baseSupplier = base;
        for (OptionDefinition d : custom) {
            byName.put(d.space() + "/" + d.name(), d);
            byCode.put(d.space() + "/" + d.code(), d);
        }
    }

    private OptionDefinitions base() {
        if (base == null) base = baseSupplier.get();
        return base;
    }

    @Override
    public Optional<OptionDefinition> byName(String space, String name) {
        OptionDefinition d = byName.get(space + "/" + name);
        return d != null ? Optional.of(d) : base().byName(space, name);
    }

    @Override
    public Optional<OptionDefinition> byCode(String space, int code) {
        OptionDefinition d = byCode.get(space + "/" + code);
        return d != null ? Optional.of(d) : base().byCode(space, code);
    }

    @Override
    public Collection<OptionDefinition> inSpace(String space) {
        Map<Integer, OptionDefinition> merged = new LinkedHashMap<>();
        for (OptionDefinition d : base().inSpace(space)) merged.put(d.code(), d);
        for (OptionDefinition d : byCode.values()) {
            if (d.space().equals(space)) merged.put(d.code(), d);
        }
        return new ArrayList<>(merged.values());
    }
}
