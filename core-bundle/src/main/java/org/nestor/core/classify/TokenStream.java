package org.nestor.core.classify;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parser's view of the lexer: one token of look-ahead, read only when needed, and Kea's error messages
 * ({@code syntax error, unexpected X, expecting A or B}; the list is left out beyond four tokens, as Kea does).
 */
final class TokenStream {
    private static final int MAX_LISTED = 4;

    private final String source;
    private final Lexer lexer;
    private Token lookahead;

    TokenStream(String source) {
        this.source = source;
        this.lexer = new Lexer(source);
    }

    Token peek() throws ExpressionException {
        if (lookahead == null) lookahead = lexer.next();
        return lookahead;
    }

    boolean at(TokenType type) throws ExpressionException {
        return peek().type() == type;
    }

    Token next() throws ExpressionException {
        Token t = peek();
        lookahead = null;
        return t;
    }

    /** Consumes a token of {@code type}, else fails listing {@code type} as the only one expected. */
    Token expect(TokenType type) throws ExpressionException {
        if (!at(type)) throw syntaxError(EnumSet.of(type));
        return next();
    }

    /** Consumes a token of one of {@code types}, else fails listing them. */
    Token expectOneOf(Set<TokenType> types) throws ExpressionException {
        if (!types.contains(peek().type())) throw syntaxError(types);
        return next();
    }

    ExpressionException syntaxError(Set<TokenType> expected) throws ExpressionException {
        Token t = peek();
        StringBuilder reason = new StringBuilder("syntax error, unexpected ").append(t.type().display());
        if (!expected.isEmpty() && expected.size() <= MAX_LISTED) {
            reason.append(", expecting ").append(EnumSet.copyOf(expected).stream()
                    .map(TokenType::display).collect(Collectors.joining(" or ")));
        }
        return new ExpressionException(source, t.span(), reason.toString());
    }

    ExpressionException error(Token at, String reason) {
        return new ExpressionException(source, at.span(), reason);
    }
}
