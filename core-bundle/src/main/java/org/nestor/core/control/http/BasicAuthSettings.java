package org.nestor.core.control.http;

import java.util.List;

/**
 * Kea's {@code authentication} map of type {@code basic}, files already read.
 *
 * @param realm the realm sent in {@code WWW-Authenticate}
 * @param clients the accepted credentials; empty means no authentication (Kea's rule)
 */
public record BasicAuthSettings(String realm, List<BasicCredential> clients) {
    /** Kea's default realm. */
    public static final String DEFAULT_REALM = "kea-control-agent";

    public BasicAuthSettings {
        clients = List.copyOf(clients);
    }

    /** @return whether requests must carry one of the credentials */
    public boolean required() {
        return !clients.isEmpty();
    }
}
