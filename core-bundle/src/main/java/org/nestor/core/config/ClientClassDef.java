package org.nestor.core.config;

import java.util.List;
import org.nestor.core.classify.ClassDefinition;

/**
 * A {@code client-classes} entry.
 *
 * @param name class name
 * @param test the test expression text, empty when none (evaluation belongs to the classification package)
 * @param onlyIfRequired evaluated only when listed in {@code require-client-classes}
 * @param options class option-data
 * @param nextServer siaddr, or null when not set
 * @param serverHostname sname, or null when not set
 * @param bootFileName file, or null when not set
 * @param validLifetime class lifetime triplet, or null when the class sets none
 */
public record ClientClassDef(String name, String test, boolean onlyIfRequired, List<ConfiguredOption> options,
                             Integer nextServer, String serverHostname, String bootFileName,
                             Lifetime validLifetime) implements ClassDefinition {
}
