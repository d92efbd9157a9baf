package org.nestor.core.classify;

/** An evaluation that Kea aborts (e.g. addrtotext of 5 bytes); caught by {@link Expression}, never escapes. */
final class EvalFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    EvalFailure(String message) {
        super(message, null, false, false);
    }
}
