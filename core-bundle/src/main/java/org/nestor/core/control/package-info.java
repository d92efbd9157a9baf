/**
 * Kea's control plane: commands dispatched by name ({@link org.nestor.core.control.CommandDispatcher}) to built-in
 * and pluggable handlers, and the transports that carry them (UNIX socket here, HTTP(S) in {@code control.http},
 * console). Must not reach into the packet path except through {@link org.nestor.core.control.ServerControl}.
 */
package org.nestor.core.control;
