package org.nestor.core.classify;

/** A compiled expression part whose value is a boolean (Kea's {@code 'true'} / {@code 'false'}). */
@FunctionalInterface
interface BoolNode {
    /** @throws EvalFailure when Kea's evaluator would throw */
    boolean test(EvalContext context);
}
