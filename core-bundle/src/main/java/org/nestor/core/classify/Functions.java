package org.nestor.core.classify;

import static org.nestor.core.classify.TokenType.*;

import java.util.EnumSet;

/** Parses literals and function calls ({@code substring(..)}, {@code concat(..)}, ...) into string nodes. */
final class Functions {
    private static final long UINT32_MAX = 0xffffffffL;

    private Functions() {
    }

    static StringNode parse(Grammar g, TokenStream in) throws ExpressionException {
        Token t = in.next();
        switch (t.type()) {
            case STRING: {
                byte[] v = Bytes.utf8(t.text());
                return c -> v;
            }
            case HEXSTRING: {
                byte[] v = Bytes.fromHexDigits(t.text());
                return c -> v;
            }
            case INTEGER: {
                long n = AccessorGrammar.parseLong(t.text());
                if (n < 0 || n > UINT32_MAX) {
                    throw in.error(t, "Invalid value in " + t.text() + ". Allowed range: 0..4294967295");
                }
                byte[] v = Bytes.uint32(n);
                return c -> v;
            }
            case IP_ADDRESS: {
                byte[] v = AddressText.parse(t.text());
                if (v == null) throw in.error(t, "Failed to convert " + t.text() + " to an IP address.");
                return c -> v;
            }
            default:
                in.expect(LPAREN);
                return call(t.type(), g, in);
        }
    }

    private static StringNode call(TokenType f, Grammar g, TokenStream in) throws ExpressionException {
        switch (f) {
            case SUBSTRING: {
                StringNode s = g.stringBeforeComma();
                long start = int32(in.expect(INTEGER));
                in.expect(COMMA);
                Token len = in.expectOneOf(EnumSet.of(ALL, INTEGER));
                long length = len.type() == ALL ? StringFunctions.ALL : int32(len);
                in.expect(RPAREN);
                return StringFunctions.substring(s, start, length);
            }
            case CONCAT:
                return StringFunctions.concat(g.stringBeforeComma(), g.stringBeforeClose());
            case IFELSE:
                return StringFunctions.ifelse(g.condition(), g.stringBeforeComma(), g.stringBeforeClose());
            case TOHEXSTRING:
                return StringFunctions.hexstring(g.stringBeforeComma(), g.stringBeforeClose());
            case SPLIT: {
                StringNode s = g.stringBeforeComma();
                StringNode delims = g.stringBeforeComma();
                long field = int32(in.expect(INTEGER));
                in.expect(RPAREN);
                return StringFunctions.split(s, delims, field);
            }
            case LCASE:
            case UCASE:
                return StringFunctions.changeCase(g.stringBeforeClose(), f == UCASE);
            case ADDRTOTEXT:
                return TextConversions.addrToText(g.stringBeforeClose());
            default:
                return TextConversions.intToText(f, g.stringBeforeClose());
        }
    }

    /** Kea keeps these arguments as text and converts them when evaluating; beyond 32 bits it yields "". */
    private static long int32(Token t) {
        long v = AccessorGrammar.parseLong(t.text());
        return v < Integer.MIN_VALUE || v > Integer.MAX_VALUE ? StringFunctions.INVALID : v;
    }
}
