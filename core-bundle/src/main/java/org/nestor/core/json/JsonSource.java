package org.nestor.core.json;

/** One text being read (the main text or an included file) with the reading position. Internal to the lexer. */
final class JsonSource {
    final String text;
    final String name;
    int pos;
    int line = 1;
    int column = 1;

    JsonSource(String text, String name) {
        this.text = text;
        this.name = name;
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    char peek() {
        return text.charAt(pos);
    }

    char peek(int ahead) {
        int p = pos + ahead;
        return p >= 0 && p < text.length() ? text.charAt(p) : '\0';
    }

    char next() {
        char c = text.charAt(pos++);
        if (c == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
        return c;
    }

    JsonPosition position() {
        return new JsonPosition(name, line, column);
    }
}
