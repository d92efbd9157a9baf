package org.nestor.core.classify;

/**
 * One lexed token with its source span (1-based line and column, end inclusive as Kea prints it).
 *
 * @param type what it is
 * @param text the value: string contents without quotes, digits, hex digits, address or option name
 * @param line line of the first character
 * @param column column of the first character
 * @param endLine line of the last character
 * @param endColumn column after the last character
 */
record Token(TokenType type, String text, int line, int column, int endLine, int endColumn) {

    /** @return the span as Kea's parser prints it: {@code 1.9}, {@code 1.9-10} or {@code 1.9-2.3} */
    String span() {
        int last = endColumn - 1;
        if (endLine != line) return line + "." + column + "-" + endLine + "." + last;
        return last > column ? line + "." + column + "-" + last : line + "." + column;
    }
}
