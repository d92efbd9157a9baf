package org.nestor.core.classify;

/** What classification needs of a {@code client-classes} entry: its name, test text and on-request flag. */
public interface ClassDefinition {
    /** @return the class name */
    String name();

    /** @return the test expression text, empty when the class has none */
    String test();

    /** @return whether the class is evaluated only when listed in {@code require-client-classes} */
    boolean onlyIfRequired();
}
