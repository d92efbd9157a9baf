package org.nestor.core.wire.options;

import java.util.Collection;
import java.util.Optional;

/**
 * A set of option definitions looked up by space and name or code: the standard DHCPv4 ones, optionally overlaid
 * with custom {@code option-def} entries.
 */
public interface OptionDefinitions {
    /** @return the definition of {@code name} in {@code space} */
    Optional<OptionDefinition> byName(String space, String name);

    /** @return the definition of {@code code} in {@code space} */
    Optional<OptionDefinition> byCode(String space, int code);

    /** @return every definition in {@code space} */
    Collection<OptionDefinition> inSpace(String space);
}
