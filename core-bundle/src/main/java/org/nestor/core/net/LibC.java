package org.nestor.core.net;

import jnr.ffi.Pointer;
import jnr.ffi.annotations.In;
import jnr.ffi.annotations.Out;
import jnr.ffi.byref.IntByReference;

/**
 * The few libc calls packet sockets and direct UDP sends need, bound through JNR-FFI. Addresses ({@code sockaddr_ll}) are passed as byte
 * arrays in host byte order, as the kernel lays them out.
 */
public interface LibC {
    int socket(int domain, int type, int protocol);

    int bind(int fd, byte[] address, int length);

    int setsockopt(int fd, int level, int option, Pointer value, int length);

    int setsockopt(int fd, int level, int option, byte[] value, int length);

    long recvfrom(int fd, @Out byte[] buffer, long length, int flags, @Out byte[] address, IntByReference addressLength);

    long sendto(int fd, @In byte[] buffer, long length, int flags, @In byte[] address, int addressLength);

    int dup(int fd);

    int close(int fd);

    String strerror(int errno);
}
