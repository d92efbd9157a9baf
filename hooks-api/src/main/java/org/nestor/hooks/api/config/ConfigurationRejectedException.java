package org.nestor.hooks.api.config;

import org.nestor.hooks.api.Answers;

/**
 * A configuration change was refused, by a {@link ConfigurationEdit} or by the server's checks; the configuration in
 * force did not change. The message is the text a command answers with; {@link #result()} its result code.
 */
public class ConfigurationRejectedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int result;

    /** @param message why, worded as Kea words it; answered with result 1 ({@link Answers#ERROR}) */
    public ConfigurationRejectedException(String message) {
        this(Answers.ERROR, message);
    }

    /**
     * @param result the result code to answer with: {@link Answers#ERROR}, {@link Answers#EMPTY} (the object to
     *               change does not exist) or {@link Answers#CONFLICT}
     * @param message why, worded as Kea words it
     */
    public ConfigurationRejectedException(int result, String message) {
        super(message);
        this.result = result;
    }

    /** @return the result code a command answers with */
    public int result() {
        return result;
    }
}
