package org.nestor.core.classify;

/**
 * A classification expression that Kea would refuse, with Kea's wording and position, e.g.
 * {@code <string>:1.9-10: syntax error, unexpected ==, expecting end of file}.
 * <p>
 * The configuration parser reports it as Kea does: {@link #keaConfigMessage()} followed by the file position of
 * the {@code test} value.
 */
public final class ExpressionException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String expression;
    private final String position;
    private final String reason;
    private final String className;

    ExpressionException(String expression, String position, String reason) {
        this(expression, position, reason, null);
    }

    private ExpressionException(String expression, String position, String reason, String className) {
        super("<string>:" + position + ": " + reason);
        this.expression = expression;
        this.position = position;
        this.reason = reason;
        this.className = className;
    }

    /** @return the same error, marked as belonging to the {@code test} of class {@code name} */
    ExpressionException inClass(String name) {
        return new ExpressionException(expression, position, reason, name);
    }

    /** @return the class whose test failed, or null when the expression was parsed on its own */
    public String className() {
        return className;
    }

    /** @return the expression text that failed */
    public String expression() {
        return expression;
    }

    /** @return the position inside the expression as Kea prints it ({@code 1.9} or {@code 1.9-10}) */
    public String position() {
        return position;
    }

    /** @return the reason without position ({@code syntax error, unexpected ...}) */
    public String reason() {
        return reason;
    }

    /**
     * @return Kea's configuration error text without the file position:
     *         {@code expression: [<text>] error: <string>:1.19: syntax error, ...}
     */
    public String keaConfigMessage() {
        return "expression: [" + expression + "] error: " + getMessage();
    }
}
