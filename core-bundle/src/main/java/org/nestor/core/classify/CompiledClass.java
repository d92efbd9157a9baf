package org.nestor.core.classify;

/**
 * A class definition ready for evaluation.
 *
 * @param name class name
 * @param test its compiled test, or null when it has none (membership then comes only from reservations)
 * @param onlyIfRequired evaluated only when a pool, subnet or shared network requires it
 * @param dependsOnKnown its test names KNOWN/UNKNOWN directly or through member() of such a class, so it is
 *        evaluated after host lookup
 */
public record CompiledClass(String name, Expression test, boolean onlyIfRequired, boolean dependsOnKnown) {
}
