/**
 * Kea's control plane: commands dispatched by name to built-in and pluggable handlers, and the transports that
 * carry them (UNIX socket, HTTP(S), console). Must not reach into the packet path except through the server's
 * operations.
 */
package org.nestor.core.control;
