package org.nestor.core.classify;

/**
 * The result of parsing something that may turn out boolean or string (a parenthesis, {@code option[..].exists}
 * versus {@code .hex}): exactly one of the two is set.
 */
record Operand(BoolNode bool, StringNode string) {
    static Operand of(BoolNode bool) {
        return new Operand(bool, null);
    }

    static Operand of(StringNode string) {
        return new Operand(null, string);
    }

    boolean isBool() {
        return bool != null;
    }
}
