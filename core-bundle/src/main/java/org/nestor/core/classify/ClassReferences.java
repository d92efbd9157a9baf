package org.nestor.core.classify;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which classes an expression may name in {@code member()} (built-in or defined earlier, as Kea requires) and which
 * it did name.
 */
final class ClassReferences {
    private final Set<String> defined;
    private final Set<String> referenced = new LinkedHashSet<>();

    ClassReferences(Set<String> defined) {
        this.defined = defined;
    }

    boolean isKnown(String name) {
        return defined.contains(name) || BuiltinClasses.isBuiltin(name);
    }

    void reference(String name) {
        referenced.add(name);
    }

    Set<String> referenced() {
        return Set.copyOf(referenced);
    }
}
