package org.nestor.core.json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Splits Kea-dialect JSON into tokens: skips {@code //}, {@code #} and {@code /* *\/} comments and splices in
 * {@code <?include "file"?>} at token level, as Kea's lexer does (relative paths are resolved against the
 * include base, which Kea takes to be the working directory). The current token lives in fields, not objects.
 */
final class JsonLexer {
    private static final int MAX_INCLUDE_DEPTH = 10;
    private static final String INCLUDE = "<?include";

    private final Deque<JsonSource> stack = new ArrayDeque<>();
    private final Path includeBase;
    private JsonSource src;

    JsonToken token;
    JsonPosition start;
    String text;
    long longValue;
    double doubleValue;

    JsonLexer(String input, String sourceName, Path includeBase) {
        this.src = new JsonSource(input, sourceName);
        this.includeBase = includeBase;
    }

    /** Reads the next token into the fields and returns its kind. */
    JsonToken next() throws JsonException {
        skipIgnorable();
        start = src.position();
        if (src.atEnd()) return token = JsonToken.EOF;
        char c = src.peek();
        switch (c) {
            case '{' -> single(JsonToken.LBRACE);
            case '}' -> single(JsonToken.RBRACE);
            case '[' -> single(JsonToken.LBRACKET);
            case ']' -> single(JsonToken.RBRACKET);
            case ':' -> single(JsonToken.COLON);
            case ',' -> single(JsonToken.COMMA);
            case '"' -> readString();
            default -> {
                if (c == '-' || c == '.' || (c >= '0' && c <= '9')) readNumber();
                else if (c >= 'a' && c <= 'z') readKeyword();
                else throw new JsonException(start, "Invalid character: " + c);
            }
        }
        return token;
    }

    private void single(JsonToken t) {
        src.next();
        token = t;
    }

    private void skipIgnorable() throws JsonException {
        while (true) {
            if (src.atEnd()) {
                if (stack.isEmpty()) return;
                src = stack.pop();
                continue;
            }
            char c = src.peek();
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                src.next();
            } else if (c == '#' || (c == '/' && src.peek(1) == '/')) {
                while (!src.atEnd() && src.peek() != '\n') src.next();
            } else if (c == '/' && src.peek(1) == '*') {
                skipBlockComment();
            } else if (c == '<' && src.text.startsWith(INCLUDE, src.pos)) {
                include();
            } else {
                return;
            }
        }
    }

    private void skipBlockComment() throws JsonException {
        JsonPosition at = src.position();
        src.next();
        src.next();
        while (!src.atEnd()) {
            if (src.next() == '*' && !src.atEnd() && src.peek() == '/') {
                src.next();
                return;
            }
        }
        throw new JsonException(at, "Comment not closed. (/* in line " + at.line() + ")");
    }

    private void include() throws JsonException {
        JsonPosition at = src.position();
        for (int i = 0; i < INCLUDE.length(); i++) src.next();
        while (!src.atEnd() && (src.peek() == ' ' || src.peek() == '\t')) src.next();
        int close = src.text.indexOf("\"?>", src.pos + 1);
        int eol = src.text.indexOf('\n', src.pos);
        if (src.atEnd() || src.peek() != '"' || close < 0 || (eol >= 0 && eol < close)) {
            throw new JsonException(at, "malformed include, expected <?include \"file\"?>");
        }
        String file = src.text.substring(src.pos + 1, close);
        while (src.pos < close + 3) src.next();
        if (stack.size() >= MAX_INCLUDE_DEPTH) throw new JsonException(at, "Too many nested include.");
        Path path = includeBase.resolve(file);
        String content;
        try {
            content = Files.readString(path);
        } catch (IOException | RuntimeException e) {
            throw new JsonException(at, "Can't open include file " + file);
        }
        stack.push(src);
        src = new JsonSource(content, file);
    }

    private void readString() throws JsonException {
        src.next();
        StringBuilder sb = null;
        int runStart = src.pos;
        while (true) {
            if (src.atEnd()) throw new JsonException(start, "unterminated string");
            char c = src.peek();
            if (c == '"') break;
            if (c < 0x20) throw new JsonException(src.position(), "Invalid control in string");
            if (c == '\\') {
                if (sb == null) sb = new StringBuilder();
                sb.append(src.text, runStart, src.pos);
                src.next();
                sb.append(escape());
                runStart = src.pos;
            } else {
                src.next();
            }
        }
        String run = src.text.substring(runStart, src.pos);
        text = sb == null ? run : sb.append(run).toString();
        src.next();
        token = JsonToken.STRING;
    }

    private char escape() throws JsonException {
        JsonPosition at = src.position();
        if (src.atEnd()) throw new JsonException(at, "Bad escape in string");
        char c = src.next();
        switch (c) {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                if (src.pos + 4 > src.text.length()) throw new JsonException(at, "Bad escape in string");
                int v = 0;
                for (int i = 0; i < 4; i++) {
                    int d = Character.digit(src.next(), 16);
                    if (d < 0) throw new JsonException(at, "Bad escape in string");
                    v = v * 16 + d;
                }
                return (char) v;
            default:
                throw new JsonException(at, "Bad escape in string: \\" + c);
        }
    }

    private void readNumber() throws JsonException {
        int from = src.pos;
        boolean real = false;
        if (src.peek() == '-') src.next();
        while (!src.atEnd()) {
            char c = src.peek();
            if (c >= '0' && c <= '9') {
                src.next();
            } else if (c == '.' || c == 'e' || c == 'E' || ((c == '+' || c == '-') && isExponent(src.peek(-1)))) {
                real = true;
                src.next();
            } else {
                break;
            }
        }
        text = src.text.substring(from, src.pos);
        try {
            if (real) {
                doubleValue = Double.parseDouble(text);
                token = JsonToken.REAL;
            } else {
                longValue = Long.parseLong(text);
                token = JsonToken.INTEGER;
            }
        } catch (NumberFormatException e) {
            throw new JsonException(start, real ? "Failed to convert " + text + " to a floating point."
                    : "Failed to convert " + text + " to an integer.");
        }
    }

    private static boolean isExponent(char c) {
        return c == 'e' || c == 'E';
    }

    private void readKeyword() throws JsonException {
        int from = src.pos;
        while (!src.atEnd() && Character.isLetter(src.peek())) src.next();
        String word = src.text.substring(from, src.pos);
        switch (word) {
            case "true" -> token = JsonToken.TRUE;
            case "false" -> token = JsonToken.FALSE;
            case "null" -> token = JsonToken.NULL;
            default -> throw new JsonException(start, "Invalid character: " + word.charAt(0));
        }
    }
}
