package org.nestor.core.classify;

import org.nestor.core.wire.options.OptionDefinition;

/** Nodes reading options: {@code option[c]}, {@code option[c].option[s]}, {@code relay4[s]}, {@code relay6[n]}. */
final class OptionNodes {
    /** How an option is represented: raw bytes, text by its definition, or presence. */
    enum Repr { HEX, TEXT, EXISTS }

    /** Finds an option's payload in the packet, null when absent. */
    @FunctionalInterface
    interface PayloadSource {
        byte[] payload(EvalContext context);
    }

    private OptionNodes() {
    }

    /** @return {@code source} represented as asked; a missing option is {@code ""} or false */
    static Operand represent(PayloadSource source, Repr repr, OptionDefinition def) {
        return switch (repr) {
            case EXISTS -> Operand.of((BoolNode) c -> source.payload(c) != null);
            case HEX -> Operand.of((StringNode) c -> {
                byte[] p = source.payload(c);
                return p == null ? Bytes.EMPTY : p;
            });
            case TEXT -> Operand.of((StringNode) c -> {
                byte[] p = source.payload(c);
                return p == null ? Bytes.EMPTY : OptionText.render(def, p);
            });
        };
    }

    static PayloadSource top(int code) {
        return c -> c.option(code);
    }

    /**
     * @param parent the encapsulating option
     * @param encapsulates whether the parent's definition carries sub-options (Kea looks only into those)
     */
    static PayloadSource sub(PayloadSource parent, int code, boolean encapsulates, boolean wide) {
        if (!encapsulates) return c -> null;
        return c -> {
            byte[] p = parent.payload(c);
            return p == null ? null : SubOptions.find(p, 0, p.length, code, wide);
        };
    }

    static PayloadSource relay6(int nest, int code) {
        return c -> c.relay6Option(nest, code);
    }

    static StringNode relay6Address(int nest, boolean peer) {
        return c -> {
            byte[] a = peer ? c.relay6PeerAddress(nest) : c.relay6LinkAddress(nest);
            return a == null ? Bytes.EMPTY : a;
        };
    }
}
