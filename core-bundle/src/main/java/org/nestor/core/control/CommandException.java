package org.nestor.core.control;

/** A command that cannot be carried out; its message is the answer's text, verbatim (Kea's wording). */
public final class CommandException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int code;

    /** An error (result 1). */
    public CommandException(String text) {
        this(ControlResult.ERROR, text);
    }

    /** @param code the answer's result code */
    public CommandException(int code, String text) {
        super(text);
        this.code = code;
    }

    /** @return the answer's result code */
    public int code() {
        return code;
    }
}
