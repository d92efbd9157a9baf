package org.nestor.core.classify;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.slf4j.Logger;

/**
 * A compiled classification expression: a tree of small nodes built once by {@link ExpressionParser}, then
 * evaluated per packet without any parsing. Thread-safe (immutable). Evaluation never throws: where Kea's
 * evaluator would fail, a boolean expression is false and a string one is empty, with a debug line.
 */
public final class Expression {
    private final String text;
    private final BoolNode bool;
    private final StringNode string;
    private final Set<String> referencedClasses;
    private final Logger log;

    Expression(String text, BoolNode bool, StringNode string, Set<String> referencedClasses, Logger log) {
        this.text = text;
        this.bool = bool;
        this.string = string;
        this.referencedClasses = referencedClasses;
        this.log = log;
    }

    /** @return the expression as written */
    public String text() {
        return text;
    }

    /** @return true for a test (boolean) expression, false for a template-test (string) one */
    public boolean isBoolean() {
        return bool != null;
    }

    /** @return the classes named in {@code member()}, built-in ones included */
    public Set<String> referencedClasses() {
        return referencedClasses;
    }

    /**
     * @return true when the expression itself names KNOWN or UNKNOWN; {@link ClassEvaluator} adds the indirect
     *         dependencies through other classes
     */
    public boolean dependsOnKnown() {
        return referencedClasses.stream().anyMatch(BuiltinClasses::isHostDependent);
    }

    /** @return the boolean value for this packet; false for a string expression or a failed evaluation */
    public boolean evaluate(EvalContext context) {
        try {
            return test(context);
        } catch (EvalFailure | IndexOutOfBoundsException e) {
            log.debug("EVAL_RESULT Expression {} evaluated to {}", text, e.getMessage());
            return false;
        }
    }

    /** @return the value as bytes (a boolean gives {@code true}/{@code false}); empty on a failed evaluation */
    public byte[] evaluateBytes(EvalContext context) {
        try {
            return bool != null ? Bytes.bool(bool.test(context)) : string.value(context).clone();
        } catch (EvalFailure | IndexOutOfBoundsException e) {
            log.debug("EVAL_RESULT Expression {} evaluated to {}", text, e.getMessage());
            return Bytes.EMPTY;
        }
    }

    /** @return {@link #evaluateBytes} as text (UTF-8), e.g. the variable part of a spawned class name */
    public String evaluateString(EvalContext context) {
        return new String(evaluateBytes(context), StandardCharsets.UTF_8);
    }

    /** Evaluates a boolean expression, letting a failure through for the caller to report. */
    boolean test(EvalContext context) {
        if (bool == null) throw new EvalFailure("not a boolean expression");
        return bool.test(context);
    }

    @Override
    public String toString() {
        return text;
    }
}
