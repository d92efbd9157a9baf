package org.nestor.core.server;

import jnr.ffi.LibraryLoader;

/**
 * Gives back a signal that the process inherited as ignored. A process started with SIGHUP ignored ({@code nohup},
 * a parent or a supervisor that ignores it) passes that on across exec, and the JVM then declines to handle its
 * shutdown signals (HUP, INT, TERM): {@code Signal.handle} answers "ignored" and installs nothing, so a reload by
 * signal would be silently lost. kea-dhcp4 installs its handlers however it was started; to do the same, the
 * disposition is first put back to the default through libc's {@code signal}.
 */
final class IgnoredSignals {
    private static final long SIG_DFL = 0;

    private IgnoredSignals() {
    }

    /** The libc call, bound through JNR-FFI (public: JNR implements it in this class loader). */
    public interface Posix {
        /** @return the previous disposition ({@code SIG_ERR}, -1, on failure) */
        long signal(int signal, long disposition);
    }

    /**
     * Puts {@code signal}'s disposition back to the default (terminate) so that the JVM accepts a handler for it;
     * the caller installs its handler right after.
     *
     * @return null when done, otherwise why not
     */
    static String restoreDefault(int signal) {
        try {
            Posix libc = LibraryLoader.create(Posix.class).failImmediately().load("c");
            return libc.signal(signal, SIG_DFL) == -1 ? "signal(" + signal + ", SIG_DFL) failed" : null;
        } catch (RuntimeException | LinkageError e) {
            return "native access through JNR-FFI failed: " + e;
        }
    }
}
