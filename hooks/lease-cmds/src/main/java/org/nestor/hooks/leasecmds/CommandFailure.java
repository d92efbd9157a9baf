package org.nestor.hooks.leasecmds;

import java.util.Map;
import org.nestor.hooks.api.Answers;

/** A command cannot be carried out: the answer's result code and Kea's text. */
final class CommandFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int result;

    CommandFailure(int result, String text) {
        super(text, null, false, false);
        this.result = result;
    }

    /** @return result 1 (error) with {@code text} */
    static CommandFailure error(String text) {
        return new CommandFailure(Answers.ERROR, text);
    }

    /** @return the answer Kea gives */
    Map<String, Object> answer() {
        return Answers.of(result, getMessage());
    }
}
