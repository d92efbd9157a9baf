package org.nestor.core.classify;

import static org.nestor.core.classify.TokenType.*;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Recursive-descent parser for Kea's expression grammar: {@code or} below {@code and} below {@code not}, string
 * values joined by {@code +}, parentheses around either kind. Where a token does not fit, it reports the tokens
 * Kea's own parser would list at that point (after its default reductions), so messages match Kea's.
 */
final class Grammar {
    private static final Set<TokenType> AFTER_TOP = EnumSet.of(END);
    private static final Set<TokenType> AFTER_PAREN_BOOL = EnumSet.of(RPAREN, AND, OR);
    private static final Set<TokenType> AFTER_IFELSE_COND = EnumSet.of(AND, OR, COMMA);
    private static final Set<TokenType> WANT_EQUAL = EnumSet.of(EQUAL, PLUS);
    private static final Set<TokenType> WANT_COMMA = EnumSet.of(COMMA, PLUS);
    private static final Set<TokenType> WANT_CLOSE = EnumSet.of(RPAREN, PLUS);
    private static final Set<TokenType> IN_MIXED_PAREN = EnumSet.of(RPAREN, EQUAL, PLUS);
    /** More than four: Kea then prints no list, so the exact set does not matter. */
    private static final Set<TokenType> ANY_VALUE = EnumSet.of(STRING, HEXSTRING, INTEGER, IP_ADDRESS, LPAREN);

    private final TokenStream in;
    private final AccessorGrammar accessors;

    Grammar(TokenStream in, AccessorGrammar accessors) {
        this.in = in;
        this.accessors = accessors;
    }

    /** A whole boolean expression up to the end of the text. */
    BoolNode topBool() throws ExpressionException {
        BoolNode b = or(null);
        if (!in.at(END)) throw in.syntaxError(AFTER_TOP);
        return b;
    }

    /** A whole string expression up to the end of the text (Kea's template-test). */
    StringNode topString() throws ExpressionException {
        StringNode s = string();
        if (!in.at(END)) throw in.syntaxError(AFTER_TOP);
        return s;
    }

    /** {@code a or b or ...}; {@code first}, when given, is an already parsed leftmost primary. */
    private BoolNode or(BoolNode first) throws ExpressionException {
        BoolNode left = and(first);
        while (in.at(OR)) {
            in.next();
            BoolNode l = left;
            BoolNode r = and(null);
            left = c -> l.test(c) || r.test(c);
        }
        return left;
    }

    private BoolNode and(BoolNode first) throws ExpressionException {
        BoolNode left = first != null ? first : unary();
        while (in.at(AND)) {
            in.next();
            BoolNode l = left;
            BoolNode r = unary();
            left = c -> l.test(c) && r.test(c);
        }
        return left;
    }

    private BoolNode unary() throws ExpressionException {
        if (in.at(NOT)) {
            in.next();
            BoolNode inner = unary();
            return c -> !inner.test(c);
        }
        return primaryBool();
    }

    private BoolNode primaryBool() throws ExpressionException {
        TokenType t = in.peek().type();
        if (t == MEMBER) return accessors.member();
        Operand o;
        if (t == LPAREN) {
            in.next();
            o = parenthesised();
        } else if (AccessorGrammar.STARTS.contains(t)) {
            o = accessors.parse(true);
        } else if (startsString(t)) {
            o = Operand.of(primaryString());
        } else {
            throw in.syntaxError(EnumSet.allOf(TokenType.class));
        }
        return o.isBool() ? o.bool() : comparison(plusTail(o.string()), WANT_EQUAL);
    }

    /** After {@code (} where a boolean is expected: Kea accepts a parenthesised boolean or string. */
    private Operand parenthesised() throws ExpressionException {
        TokenType t = in.peek().type();
        Operand first;
        if (t == NOT) {
            first = Operand.of(unary());
        } else if (t == MEMBER) {
            first = Operand.of(accessors.member());
        } else if (t == LPAREN) {
            in.next();
            first = parenthesised();
        } else if (AccessorGrammar.STARTS.contains(t)) {
            first = accessors.parse(true);
        } else if (startsString(t)) {
            first = Operand.of(primaryString());
        } else {
            throw in.syntaxError(EnumSet.allOf(TokenType.class));
        }
        BoolNode bool;
        if (first.isBool()) {
            bool = first.bool();
        } else {
            StringNode s = plusTail(first.string());
            if (in.at(RPAREN)) {
                in.next();
                return Operand.of(s);
            }
            bool = comparison(s, IN_MIXED_PAREN);
        }
        BoolNode whole = or(bool);
        if (!in.at(RPAREN)) throw in.syntaxError(AFTER_PAREN_BOOL);
        in.next();
        return Operand.of(whole);
    }

    /** {@code left == right}, where {@code expected} lists what may stand instead of {@code ==}. */
    private BoolNode comparison(StringNode left, Set<TokenType> expected) throws ExpressionException {
        if (!in.at(EQUAL)) throw in.syntaxError(expected);
        in.next();
        StringNode right = string();
        return c -> Arrays.equals(left.value(c), right.value(c));
    }

    /** A string expression: primaries joined by {@code +}. */
    private StringNode string() throws ExpressionException {
        return plusTail(primaryString());
    }

    private StringNode plusTail(StringNode first) throws ExpressionException {
        StringNode left = first;
        while (in.at(PLUS)) {
            in.next();
            left = StringFunctions.concat(left, primaryString());
        }
        return left;
    }

    private static boolean startsString(TokenType t) {
        return switch (t) {
            case STRING, HEXSTRING, INTEGER, IP_ADDRESS, SUBSTRING, CONCAT, IFELSE, TOHEXSTRING, SPLIT, ADDRTOTEXT,
                 INT8TOTEXT, INT16TOTEXT, INT32TOTEXT, UINT8TOTEXT, UINT16TOTEXT, UINT32TOTEXT, LCASE, UCASE -> true;
            default -> false;
        };
    }

    private StringNode primaryString() throws ExpressionException {
        TokenType t = in.peek().type();
        if (t == LPAREN) {
            in.next();
            StringNode s = string();
            close(WANT_CLOSE);
            return s;
        }
        if (AccessorGrammar.STARTS.contains(t)) return accessors.parse(false).string();
        if (!startsString(t)) throw in.syntaxError(ANY_VALUE);
        return Functions.parse(this, in);
    }

    // --- helpers used by Functions ---

    /** A string argument followed by {@code ,}. */
    StringNode stringBeforeComma() throws ExpressionException {
        StringNode s = string();
        if (!in.at(COMMA)) throw in.syntaxError(WANT_COMMA);
        in.next();
        return s;
    }

    /** A string argument followed by {@code )}. */
    StringNode stringBeforeClose() throws ExpressionException {
        StringNode s = string();
        close(WANT_CLOSE);
        return s;
    }

    /** The boolean first argument of ifelse, followed by {@code ,}. */
    BoolNode condition() throws ExpressionException {
        BoolNode b = or(null);
        if (!in.at(COMMA)) throw in.syntaxError(AFTER_IFELSE_COND);
        in.next();
        return b;
    }

    private void close(Set<TokenType> expected) throws ExpressionException {
        if (!in.at(RPAREN)) throw in.syntaxError(expected);
        in.next();
    }
}
