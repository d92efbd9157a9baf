package org.nestor.core.control.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;

/**
 * Checks an {@code Authorization: Basic ...} header against the configured clients, in constant time per client,
 * and logs the outcome with Kea's HTTP_CLIENT_REQUEST_* messages (never the password).
 */
public final class BasicAuthenticator {
    private final List<byte[]> accepted;
    private final List<String> users;
    private final String realm;
    private final Logger log;

    /** @param log Kea's {@code <daemon>.auth} logger */
    public BasicAuthenticator(BasicAuthSettings settings, Logger log) {
        this.accepted = settings.clients().stream()
                .map(c -> (c.user() + ":" + c.password()).getBytes(StandardCharsets.UTF_8)).toList();
        this.users = settings.clients().stream().map(BasicCredential::user).toList();
        this.realm = settings.realm();
        this.log = log;
    }

    /** @return the realm for {@code WWW-Authenticate} */
    public String realm() {
        return realm;
    }

    /**
     * @param header the Authorization header's value, or null when absent
     * @return the authenticated user, empty when the request must be refused with 401
     */
    public Optional<String> authenticate(String header) {
        if (header == null) {
            log.info("HTTP_CLIENT_REQUEST_NO_AUTH_HEADER received HTTP request without required authorization header");
            return Optional.empty();
        }
        int space = header.indexOf(' ');
        byte[] given;
        try {
            if (space < 0 || !header.substring(0, space).toLowerCase(Locale.ROOT).equals("basic")) {
                throw new IllegalArgumentException("not basic authentication");
            }
            given = Base64.getDecoder().decode(header.substring(space + 1).trim());
        } catch (IllegalArgumentException e) {
            log.info("HTTP_CLIENT_REQUEST_BAD_AUTH_HEADER received HTTP request with malformed authorization "
                    + "header: {}", e.getMessage());
            return Optional.empty();
        }
        String match = null;
        for (int i = 0; i < accepted.size(); i++) {
            if (MessageDigest.isEqual(accepted.get(i), given) && match == null) {
                match = users.get(i);
            }
        }
        if (match == null) {
            log.info("HTTP_CLIENT_REQUEST_NOT_AUTHORIZED received HTTP request with not matching authorization header");
            return Optional.empty();
        }
        log.debug("HTTP_CLIENT_REQUEST_AUTHORIZED received HTTP request authorized for '{}'", match);
        return Optional.of(match);
    }
}
