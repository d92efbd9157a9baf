package org.nestor.core.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits an expression into tokens on demand, choosing the longest match at each position as Kea's scanner does
 * (an option name counts the blanks and {@code ]} that must follow it). Runs once per expression, at
 * configuration time.
 */
final class Lexer {
    /** Keywords and punctuation, longest first so that {@code vendor-class} wins over {@code vendor}. */
    private static final List<TokenType> FIXED = new ArrayList<>();

    static {
        for (TokenType t : TokenType.values()) {
            if (t.spelling() != null) FIXED.add(t);
        }
        FIXED.sort(Comparator.comparingInt((TokenType t) -> t.spelling().length()).reversed());
    }

    private final String source;
    private int pos;
    private int line = 1;
    private int column = 1;

    Lexer(String source) {
        this.source = source;
    }

    /** @return the next token, {@link TokenType#END} at the end */
    Token next() throws ExpressionException {
        skipBlanks();
        if (pos >= source.length()) return new Token(TokenType.END, "", line, column, line, column);
        char c = source.charAt(pos);
        int best = 0;
        TokenType type = null;
        int quoted = quotedLength();
        if (quoted > best) { best = quoted; type = TokenType.STRING; }
        int hex = hexLength();
        if (hex > best) { best = hex; type = TokenType.HEXSTRING; }
        int v4 = ipv4Length(pos);
        if (v4 > best) { best = v4; type = TokenType.IP_ADDRESS; }
        int v6 = ipv6Length();
        if (v6 > best) { best = v6; type = TokenType.IP_ADDRESS; }
        int integer = integerLength();
        if (integer > best) { best = integer; type = TokenType.INTEGER; }
        for (TokenType t : FIXED) {
            if (t.spelling().length() > best && source.startsWith(t.spelling(), pos)) {
                best = t.spelling().length();
                type = t;
                break;
            }
        }
        int name = optionNameLength();
        int nameWithContext = name == 0 ? 0 : name + closingContextLength(pos + name);
        if (name > 0 && nameWithContext > best) {
            best = name;
            type = TokenType.OPTION_NAME;
        }
        if (type == null) {
            throw new ExpressionException(source, line + "." + column, "Invalid character: " + c);
        }
        String text = switch (type) {
            case STRING -> source.substring(pos + 1, pos + best - 1);
            case HEXSTRING -> source.substring(pos + 2, pos + best);
            default -> source.substring(pos, pos + best);
        };
        Token token = new Token(type, text, line, column, line, column + best);
        pos += best;
        column += best;
        return token;
    }

    private void skipBlanks() {
        while (pos < source.length()) {
            char c = source.charAt(pos);
            if (c == '\n') {
                line++;
                column = 1;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                column++;
            } else {
                return;
            }
            pos++;
        }
    }

    private int quotedLength() {
        if (source.charAt(pos) != '\'') return 0;
        for (int i = pos + 1; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\'') return i - pos + 1;
            if (c == '\n') return 0;
        }
        return 0;
    }

    private int hexLength() {
        if (!source.startsWith("0x", pos) && !source.startsWith("0X", pos)) return 0;
        int end = pos + 2;
        while (end < source.length() && isHex(source.charAt(end))) end++;
        return end == pos + 2 ? 0 : end - pos;
    }

    /** {@code digits.digits.digits.digits}; range errors are the parser's, as in Kea. */
    private int ipv4Length(int from) {
        int i = from;
        for (int part = 0; part < 4; part++) {
            if (part > 0) {
                if (i >= source.length() || source.charAt(i) != '.') return 0;
                i++;
            }
            int start = i;
            while (i < source.length() && isDigit(source.charAt(i))) i++;
            if (i == start) return 0;
        }
        return i - from;
    }

    /** Hex groups and colons with at least two colons, optionally ending in a dotted IPv4 part. */
    private int ipv6Length() {
        int i = pos;
        int colons = 0;
        int lastGroup = pos;
        while (i < source.length() && (isHex(source.charAt(i)) || source.charAt(i) == ':')) {
            if (source.charAt(i) == ':') {
                colons++;
                lastGroup = i + 1;
            }
            i++;
        }
        if (colons < 2) return 0;
        int v4 = ipv4Length(lastGroup);
        return Math.max(i, lastGroup + v4) - pos;
    }

    private int integerLength() {
        int i = pos;
        if (source.charAt(i) == '-') i++;
        int start = i;
        while (i < source.length() && isDigit(source.charAt(i))) i++;
        return i == start ? 0 : i - pos;
    }

    /** A letter, then letters, digits, '-' or '_', ending in a letter or digit. */
    private int optionNameLength() {
        if (!Character.isLetter(source.charAt(pos)) || source.charAt(pos) > 0x7f) return 0;
        int end = pos + 1;
        int lastGood = end;
        while (end < source.length()) {
            char c = source.charAt(end);
            if (isAsciiAlnum(c)) {
                lastGood = end + 1;
            } else if (c != '-' && c != '_') {
                break;
            }
            end++;
        }
        return lastGood - pos;
    }

    /** @return the length of blanks plus {@code ]} at {@code from}, or a large negative when absent */
    private int closingContextLength(int from) {
        int i = from;
        while (i < source.length() && (source.charAt(i) == ' ' || source.charAt(i) == '\t')) i++;
        return i < source.length() && source.charAt(i) == ']' ? i - from + 1 : -source.length() - 1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isAsciiAlnum(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
