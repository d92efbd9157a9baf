package org.nestor.core.config;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.nestor.core.wire.options.OptionDefinition;
import org.nestor.core.wire.options.OptionDefinitions;

/** A standard option set with nothing in it: lets tests reach option checks that need no definition. */
final class NoOptionDefinitions implements OptionDefinitions {
    @Override
    public Optional<OptionDefinition> byName(String space, String name) {
        return Optional.empty();
    }

    @Override
    public Optional<OptionDefinition> byCode(String space, int code) {
        return Optional.empty();
    }

    @Override
    public Collection<OptionDefinition> inSpace(String space) {
        return List.of();
    }
}
