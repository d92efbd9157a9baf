package org.nestor.core.config;

/**
 * {@code control-socket}.
 *
 * @param socketType {@code unix}
 * @param socketName the socket path
 */
public record ControlSocketConfig(String socketType, String socketName) {
}
