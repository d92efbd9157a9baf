package org.nestor.core.control.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Where and how an HTTP control endpoint listens: what both Kea's {@code Control-agent} ({@code http-host},
 * {@code http-port}, ...) and Kea 3's {@code control-sockets} entries of type http/https come down to.
 *
 * @param host the address to bind (Kea's default 127.0.0.1)
 * @param port the TCP port (Kea's default 8000; 0 = any free port, for tests)
 * @param tls TLS settings, empty for plain HTTP
 * @param authentication basic authentication, empty for none
 * @param maxBodyBytes the largest request body accepted; larger ones get 413
 */
public record HttpControlSettings(String host, int port, Optional<TlsSettings> tls,
        Optional<BasicAuthSettings> authentication, int maxBodyBytes) {
    /** Kea's default address. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** Kea's default port. */
    public static final int DEFAULT_PORT = 8000;
    /** Nestor's body limit (Kea has none): a full configuration fits many times over. */
    public static final int DEFAULT_MAX_BODY = 16 * 1024 * 1024;

    /** @return plain HTTP, no authentication, default body limit */
    public static HttpControlSettings plain(String host, int port) {
        return new HttpControlSettings(host, port, Optional.empty(), Optional.empty(), DEFAULT_MAX_BODY);
    }

    /** @return whether a request without valid credentials is refused */
    public boolean authenticationRequired() {
        return authentication.map(BasicAuthSettings::required).orElse(false);
    }

    /** @return whether the address can be reached from other hosts (not a loopback address) */
    public boolean exposedBeyondLoopback() {
        try {
            return !InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return true;
        }
    }

    /** @return the settings with another port (tests bind port 0 and read the real one back) */
    public HttpControlSettings withPort(int newPort) {
        return new HttpControlSettings(host, newPort, tls, authentication, maxBodyBytes);
    }
}
