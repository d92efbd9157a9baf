package org.nestor.core.net;

/** Whether this host can use packet sockets at all: Linux, and JNR-FFI able to bind libc. */
final class RawSupport {
    private RawSupport() {
    }

    /** @return why raw sockets cannot be used, or null when they can */
    static String unavailableReason() {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            return "packet sockets exist on Linux only";
        }
        try {
            NativeLibC.get();
            return null;
        } catch (TransportException e) {
            return e.getMessage();
        }
    }
}
