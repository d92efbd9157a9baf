package org.nestor.core.json;

/**
 * Where a value starts: source name (file path or a caller-given name), 1-based line and column.
 *
 * @param source the file or source name
 * @param line 1-based line
 * @param column 1-based column
 */
public record JsonPosition(String source, int line, int column) {
    /** Position of values built in code rather than read from text. */
    public static final JsonPosition NONE = new JsonPosition("<none>", 0, 0);

    /** @return {@code source:line.col}, the form Kea's syntax errors use */
    @Override
    public String toString() {
        return source + ":" + line + "." + column;
    }

    /** @return {@code source:line:col}, the form Kea's semantic errors use */
    public String colonForm() {
        return source + ":" + line + ":" + column;
    }
}
