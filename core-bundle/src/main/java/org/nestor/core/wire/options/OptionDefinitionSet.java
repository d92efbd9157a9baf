package org.nestor.core.wire.options;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable {@link OptionDefinitions}: a list of definitions indexed by space, name and code, optionally laid
 * over a base set (custom {@code option-def} entries over the standard ones). Definitions of this set win over
 * the base set's for the same code or name.
 */
public final class OptionDefinitionSet implements OptionDefinitions {
    private final OptionDefinitions base;
    private final Map<String, Map<String, OptionDefinition>> byName = new HashMap<>();
    private final Map<String, Map<Integer, OptionDefinition>> byCode = new HashMap<>();

    private OptionDefinitionSet(OptionDefinitions base, Collection<OptionDefinition> defs) {
        this.base = base;
        for (OptionDefinition d : defs) {
            byName.computeIfAbsent(d.space(), s -> new LinkedHashMap<>()).put(d.name(), d);
            byCode.computeIfAbsent(d.space(), s -> new LinkedHashMap<>()).put(d.code(), d);
        }
    }

    /** @return a set holding exactly {@code defs} (later ones win on a clash) */
    public static OptionDefinitionSet of(Collection<OptionDefinition> defs) {
        return new OptionDefinitionSet(null, defs);
    }

    /**
     * @return {@code custom} laid over {@code base}
     * @throws IllegalArgumentException with Kea's message when a custom definition is one Kea refuses
     */
    public static OptionDefinitionSet withCustom(OptionDefinitions base, List<OptionDefinition> custom) {
        List<OptionDefinition> accepted = new ArrayList<>();
        for (OptionDefinition d : custom) {
            Optional<String> error = customDefinitionError(accepted, d);
            if (error.isPresent()) {
                throw new IllegalArgumentException(error.get());
            }
            accepted.add(d);
        }
        return new OptionDefinitionSet(base, accepted);
    }

    /**
     * Checks one custom definition the way Kea checks {@code option-def}: name syntax, reserved codes, record
     * layout, arrays, overriding a standard option of space {@code dhcp4}, and clashes with {@code earlier}.
     *
     * @return Kea's error message, or empty when Kea accepts the definition
     */
    public static Optional<String> customDefinitionError(List<OptionDefinition> earlier, OptionDefinition def) {
        return CustomDefinitionRules.check(earlier, def);
    }

    @Override
    public Optional<OptionDefinition> byName(String space, String name) {
        OptionDefinition d = byName.getOrDefault(space, Map.of()).get(name);
        if (d != null || base == null) {
            return Optional.ofNullable(d);
        }
        return base.byName(space, name).filter(b -> !shadowed(b));
    }

    @Override
    public Optional<OptionDefinition> byCode(String space, int code) {
        OptionDefinition d = byCode.getOrDefault(space, Map.of()).get(code);
        if (d != null || base == null) {
            return Optional.ofNullable(d);
        }
        return base.byCode(space, code).filter(b -> !shadowed(b));
    }

    @Override
    public Collection<OptionDefinition> inSpace(String space) {
        List<OptionDefinition> all = new ArrayList<>();
        if (base != null) {
            base.inSpace(space).stream().filter(b -> !shadowed(b)).forEach(all::add);
        }
        all.addAll(byCode.getOrDefault(space, Map.of()).values());
        return Collections.unmodifiableList(all);
    }

    private boolean shadowed(OptionDefinition b) {
        return byCode.getOrDefault(b.space(), Map.of()).containsKey(b.code())
                || byName.getOrDefault(b.space(), Map.of()).containsKey(b.name());
    }
}
