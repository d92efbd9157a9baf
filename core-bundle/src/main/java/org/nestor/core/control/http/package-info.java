/**
 * Kea's HTTP(S) control endpoint: one listener (Netty, optional TLS and mutual TLS, basic authentication) that
 * hands each posted JSON command to a {@link org.nestor.core.control.http.ControlResponder}. It knows HTTP, TLS
 * and credentials only; what a command does is the responder's business, never this package's.
 */
package org.nestor.core.control.http;
