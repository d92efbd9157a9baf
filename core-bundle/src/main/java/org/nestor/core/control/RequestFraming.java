package org.nestor.core.control;

/**
 * Tells when the bytes read from a control connection hold a whole JSON request, so the server answers without
 * waiting for the client to close its side (Kea's clients keep it open). Understands strings and Kea's comments
 * ({@code #}, {@code //}, {@code /* *\/}); UTF-8 continuation bytes never look like structure.
 */
final class RequestFraming {
    private int depth;
    private boolean started;
    private boolean inString;
    private boolean escaped;
    private Comment comment = Comment.NONE;
    private int scanned;

    private enum Comment { NONE, LINE, BLOCK }

    /**
     * Scans the bytes not yet seen.
     *
     * @param buf the request so far
     * @param length how many bytes of {@code buf} are valid
     * @return true when the request is complete, or cannot be JSON (the parser will say why)
     */
    boolean complete(byte[] buf, int length) {
        for (; scanned < length; scanned++) {
            char c = (char) (buf[scanned] & 0xff);
            char next = scanned + 1 < length ? (char) (buf[scanned + 1] & 0xff) : 0;
            if (comment == Comment.LINE) {
                comment = c == '\n' ? Comment.NONE : Comment.LINE;
            } else if (comment == Comment.BLOCK) {
                if (c == '*' && scanned + 1 >= length) {
                    return false; // the end of the comment or not: decided when the next byte is here
                }
                if (c == '*' && next == '/') {
                    comment = Comment.NONE;
                    scanned++;
                }
            } else if (inString) {
                inString = escaped || c != '"';
                escaped = !escaped && c == '\\';
            } else if (c == '/' && scanned + 1 >= length) {
                return false; // a comment or not: decided when the next byte is here
            } else if (structure(c, next)) {
                return true;
            }
        }
        return false;
    }

    /** @return true when {@code c} ends the request or shows it is not JSON */
    private boolean structure(char c, char next) {
        switch (c) {
            case '"' -> inString = true;
            case '#' -> comment = Comment.LINE;
            case '/' -> {
                comment = next == '/' ? Comment.LINE : next == '*' ? Comment.BLOCK : Comment.NONE;
                if (comment == Comment.NONE) {
                    return true;
                }
                scanned++;
            }
            case '{', '[' -> {
                depth++;
                started = true;
            }
            case '}', ']' -> {
                depth--;
                return depth <= 0;
            }
            case ' ', '\t', '\r', '\n' -> {
            }
            default -> {
                return !started;
            }
        }
        return false;
    }
}
