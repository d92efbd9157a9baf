package org.nestor.hooks.hostcmds;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nestor.hooks.api.config.ConfigurationRejectedException;

/**
 * A host identifier ({@code identifier-type} and {@code identifier} of the commands), compared by value: hex
 * written with or without colons, in any case, or a quoted string ({@code 'gateway'}) as Kea accepts for
 * circuit-id and flex-id.
 */
record HostIdentifier(String type, String value) {
    /** Kea's identifier types, as configuration keys. */
    static final List<String> TYPES = List.of("hw-address", "duid", "circuit-id", "client-id", "flex-id");

    /** @return the identifier {@code reservation} carries, null when it has none of Kea's types */
    static HostIdentifier of(Map<String, Object> reservation) {
        for (String type : TYPES) {
            if (reservation.get(type) instanceof String s) {
                return new HostIdentifier(type, s);
            }
        }
        return null;
    }

    /** @return the identifier named by {@code identifier-type} and {@code identifier}, refused with Kea's texts */
    static HostIdentifier from(Map<String, Object> args) throws ConfigurationRejectedException {
        if (!(args.get("identifier-type") instanceof String type)) {
            throw new ConfigurationRejectedException("No 'ip-address' provided and 'identifier-type' is either "
                    + "missing or not a string.");
        }
        if (!(args.get("identifier") instanceof String value)) {
            throw new ConfigurationRejectedException("No 'ip-address' provided and 'identifier' is either missing "
                    + "or not a string.");
        }
        if (!TYPES.contains(type)) {
            throw new ConfigurationRejectedException("invalid host identifier type: " + type);
        }
        return new HostIdentifier(type, value);
    }

    /** @return whether {@code reservation} has this identifier */
    boolean matches(Map<String, Object> reservation) {
        return reservation.get(type) instanceof String s && canonical(s).equals(canonical(value));
    }

    private static String canonical(String text) {
        String t = text.trim();
        if (t.length() >= 2 && t.startsWith("'") && t.endsWith("'")) {
            return HexFormat.of().formatHex(t.substring(1, t.length() - 1).getBytes(StandardCharsets.UTF_8));
        }
        return t.replaceAll("[:\\s-]", "").toLowerCase(Locale.ROOT);
    }
}
