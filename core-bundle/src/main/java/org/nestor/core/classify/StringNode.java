package org.nestor.core.classify;

/** A compiled expression part whose value is a byte string (Kea's values are all strings). */
@FunctionalInterface
interface StringNode {
    /**
     * @return the value for this packet; never null
     * @throws EvalFailure when Kea's evaluator would throw (the whole test then evaluates to false)
     */
    byte[] value(EvalContext context);
}
