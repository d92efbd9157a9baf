package org.nestor.core.net;

import jnr.ffi.LibraryLoader;
import jnr.ffi.Runtime;

/**
 * Loads libc through JNR-FFI once, on first use. Where JNR or its native stub cannot load (another OS, a missing
 * bundle), {@link #get()} says why instead of failing with a linkage error.
 */
final class NativeLibC {
    private static volatile Object loaded;

    private NativeLibC() {
    }

    /**
     * @return the bound library
     * @throws TransportException when it cannot be loaded
     */
    static LibC get() {
        Object l = loaded;
        if (l == null) {
            synchronized (NativeLibC.class) {
                l = loaded;
                if (l == null) {
                    l = load();
                    loaded = l;
                }
            }
        }
        if (l instanceof LibC libc) {
            return libc;
        }
        throw new TransportException((String) l);
    }

    /** @return whether libc is bound, binding it first if it is not yet (a failure is kept for {@link #get()}) */
    static boolean available() {
        try {
            get();
            return true;
        } catch (TransportException e) {
            return false;
        }
    }

    /** @return the errno of the calling thread's last failed call, in words */
    static String lastError(LibC libc) {
        return describe(libc, Runtime.getRuntime(libc).getLastError());
    }

    /** @return {@code errno} in words, as {@link #lastError} gives it */
    static String describe(LibC libc, int errno) {
        return libc.strerror(errno) + " (errno " + errno + ")";
    }

    private static Object load() {
        try {
            return LibraryLoader.create(LibC.class).failImmediately().load("c");
        } catch (RuntimeException | LinkageError e) {
            return "raw sockets are unavailable: native access through JNR-FFI failed: " + e;
        }
    }
}
