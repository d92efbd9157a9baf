package org.nestor.core.classify;

/**
 * Kea's conversion-to-text functions: {@code addrtotext} and {@code [u]int{8,16,32}totext}. Empty input gives "";
 * input of another length than the type's is an evaluation error.
 */
final class TextConversions {
    private TextConversions() {
    }

    static StringNode addrToText(StringNode s) {
        return c -> {
            byte[] v = s.value(c);
            if (v.length == 0) return Bytes.EMPTY;
            if (v.length != 4 && v.length != 16) {
                throw new EvalFailure("addrtotext: " + v.length + " bytes is not an IPv4 or IPv6 address");
            }
            return Bytes.utf8(AddressText.format(v));
        };
    }

    /** @param token one of the INTnTOTEXT / UINTnTOTEXT tokens */
    static StringNode intToText(TokenType token, StringNode s) {
        int size = switch (token) {
            case INT8TOTEXT, UINT8TOTEXT -> 1;
            case INT16TOTEXT, UINT16TOTEXT -> 2;
            default -> 4;
        };
        boolean signed = token == TokenType.INT8TOTEXT || token == TokenType.INT16TOTEXT
                || token == TokenType.INT32TOTEXT;
        String name = token.display();
        return c -> {
            byte[] v = s.value(c);
            if (v.length == 0) return Bytes.EMPTY;
            if (v.length != size) throw new EvalFailure(name + ": expected " + size + " bytes, got " + v.length);
            long n = Bytes.readUnsigned(v, 0, size);
            if (signed) n = (n << (64 - 8 * size)) >> (64 - 8 * size);
            return Bytes.utf8(Long.toString(n));
        };
    }
}
